from enum import StrEnum


class ColumnDataTypeName(StrEnum):
    CATEGORICAL = "CATEGORICAL"
    NUMERIC = "NUMERIC"
    TEXT = "TEXT"
    TIME = "TIME"

    def __str__(self) -> str:
        return str(self.value)
