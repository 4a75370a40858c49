from enum import Enum


class PromptInputFileType(str, Enum):
    INPUT_FILE = "input_file"

    def __str__(self) -> str:
        return str(self.value)
