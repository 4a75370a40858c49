from enum import Enum


class RealtimeTruncationRetentionRatioType(str, Enum):
    RETENTION_RATIO = "retention_ratio"

    def __str__(self) -> str:
        return str(self.value)
