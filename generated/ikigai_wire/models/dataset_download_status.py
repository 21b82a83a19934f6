from enum import StrEnum


class DatasetDownloadStatus(StrEnum):
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
