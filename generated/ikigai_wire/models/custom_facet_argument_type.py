from enum import StrEnum


class CustomFacetArgumentType(StrEnum):
    BOOL = "bool"
    FLOAT = "float"
    INT = "int"
    STR = "str"

    def __str__(self) -> str:
        return str(self.value)
