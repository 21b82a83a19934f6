from enum import StrEnum


class DirectoryType(StrEnum):
    DATASET = "DATASET"
    MODEL = "MODEL"
    PIPELINE = "PIPELINE"
    PROJECT = "PROJECT"

    def __str__(self) -> str:
        return str(self.value)
