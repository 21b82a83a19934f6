from enum import StrEnum


class FacetArgumentType(StrEnum):
    BOOLEAN = "BOOLEAN"
    MAP = "MAP"
    NUMBER = "NUMBER"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)
