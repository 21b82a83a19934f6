from enum import StrEnum


class CustomFacetAccessLevel(StrEnum):
    ADMIN = "ADMIN"
    EDIT = "EDIT"
    RUN = "RUN"
    VIEW = "VIEW"

    def __str__(self) -> str:
        return str(self.value)
