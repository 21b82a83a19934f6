from enum import StrEnum


class ModelParameterType(StrEnum):
    BOOLEAN = "BOOLEAN"
    NUMBER = "NUMBER"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)
