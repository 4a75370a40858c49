from enum import Enum


class RealtimeServerEventRateLimitsUpdatedType(str, Enum):
    RATE_LIMITS_UPDATED = "rate_limits.updated"

    def __str__(self) -> str:
        return str(self.value)
