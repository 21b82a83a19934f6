from enum import StrEnum


class ChainGroup(StrEnum):
    INPUT = "INPUT"
    MID = "MID"
    OUTPUT = "OUTPUT"

    def __str__(self) -> str:
        return str(self.value)
