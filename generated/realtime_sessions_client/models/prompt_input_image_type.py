from enum import Enum


class PromptInputImageType(str, Enum):
    INPUT_IMAGE = "input_image"

    def __str__(self) -> str:
        return str(self.value)
