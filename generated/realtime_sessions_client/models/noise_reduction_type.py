from enum import Enum


class NoiseReductionType(str, Enum):
    FAR_FIELD = "far_field"
    NEAR_FIELD = "near_field"

    def __str__(self) -> str:
        return str(self.value)
