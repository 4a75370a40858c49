"""A token service for browsers and phones: mint Realtime sessions under a policy.

    from realtime_sessions_service import create_app
    app = create_app("policy.yaml")        # any ASGI server; or `realtime-sessions serve`

Callers authenticate (static tokens, JWTs, or the mounting app's own check), may change only
what the policy allows, within its bounds and limits; the API key never leaves the server.
"""

from ._app import POLICY_ENV, STORAGE_ENV, app_from_environment, create_app
from ._auth import token_digest
from ._policy import Policy, PolicyError, load_policy, policy_json_schema

__all__ = [
    "POLICY_ENV",
    "STORAGE_ENV",
    "Policy",
    "PolicyError",
    "app_from_environment",
    "create_app",
    "load_policy",
    "policy_json_schema",
    "token_digest",
]
