from enum import StrEnum


class AppAccessLevel(StrEnum):
    BUILDER = "BUILDER"
    OWNER = "OWNER"
    VIEWER = "VIEWER"

    def __str__(self) -> str:
        return str(self.value)
