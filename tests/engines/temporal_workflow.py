"""The workflow that calls the README's Temporal activity.

It imports only temporalio: Temporal's sandbox re-imports this module for every workflow run, and
anything else here (httpx, the library) would be re-imported with it or refused.
"""

from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy

ACTIVITY = "create_realtime_session"
# One second between tries, doubling: a 429's Retry-After (set by the activity) must win over it.
RETRY_POLICY = RetryPolicy(
    initial_interval=timedelta(seconds=1), backoff_coefficient=2.0, maximum_attempts=4
)


@workflow.defn
class VoiceCall:
    """Mint one session through the activity; Temporal retries it as RETRY_POLICY says."""

    @workflow.run
    async def run(self, task_input: dict) -> dict:
        return await workflow.execute_activity(
            ACTIVITY,
            task_input,
            start_to_close_timeout=timedelta(seconds=60),
            retry_policy=RETRY_POLICY,
        )
