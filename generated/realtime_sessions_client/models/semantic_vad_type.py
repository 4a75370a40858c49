from enum import Enum


class SemanticVadType(str, Enum):
    SEMANTIC_VAD = "semantic_vad"

    def __str__(self) -> str:
        return str(self.value)
