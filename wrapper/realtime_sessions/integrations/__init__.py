"""Adapters for workflow engines, one module per engine, each behind its optional extra.

They all run `realtime_sessions.workflow.run_task` and only translate its `retryable` flag into the
engine's own words, so every engine retries exactly the failures worth retrying. Importing this
package imports no engine.
"""
