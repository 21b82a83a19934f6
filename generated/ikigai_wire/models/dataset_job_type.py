from enum import StrEnum


class DatasetJobType(StrEnum):
    UPLOAD_DATASET = "UPLOAD_DATASET"

    def __str__(self) -> str:
        return str(self.value)
