from enum import StrEnum


class FlowStatus(StrEnum):
    FAILED = "FAILED"
    IDLE = "IDLE"
    RUNNING = "RUNNING"
    SCHEDULED = "SCHEDULED"
    STOPPED = "STOPPED"
    STOPPING = "STOPPING"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
