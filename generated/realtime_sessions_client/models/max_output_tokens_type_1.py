from enum import Enum


class MaxOutputTokensType1(str, Enum):
    INF = "inf"

    def __str__(self) -> str:
        return str(self.value)
