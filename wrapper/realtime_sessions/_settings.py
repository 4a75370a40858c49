"""Client settings: the defaults, the checked base URL and the key, for OpenAI and Azure OpenAI.

The base URL is the argument, else OPENAI_BASE_URL, else `{AZURE_OPENAI_ENDPOINT}/openai/v1`,
else the contract's server. Azure OpenAI (a `*.openai.azure.com` host or an `/openai/v1` path)
takes its key from AZURE_OPENAI_API_KEY (then OPENAI_API_KEY), as the official SDK's Azure
client reads them; `_transport` sends it in the `api-key` header.
"""

from __future__ import annotations

import os

import httpx

from ._azure import AZURE_ENDPOINT_ENV, AZURE_KEY_ENV, azure_base_url, is_azure
from ._endpoints import default_base_url
from ._exceptions import ConfigError
from ._report import Problem, Report

DEFAULT_BASE_URL = default_base_url()
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2


def api_key_for(base_url: str, api_key: str | None) -> str | None:
    """The key to send: the argument, else the environment's key for this kind of server."""
    if api_key is not None:
        return api_key
    if is_azure(base_url):
        return os.environ.get(AZURE_KEY_ENV) or os.environ.get("OPENAI_API_KEY")
    return os.environ.get("OPENAI_API_KEY")


def checked_base_url(base_url: str | None) -> str:
    """The base URL without a trailing slash; ConfigError now, not a retried failure per mint."""
    from_env = os.environ.get("OPENAI_BASE_URL")
    chosen = base_url or from_env or azure_base_url() or DEFAULT_BASE_URL
    url = chosen.rstrip("/")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        reason = f"it cannot be parsed ({error})"
    else:
        if parsed.scheme not in ("http", "https"):
            reason = "it does not start with http:// or https://"
        elif not parsed.host:
            reason = "it has no host"
        else:
            return url
    # The CLI passes OPENAI_BASE_URL on as base_url, so the value, not the route, tells.
    origin = " (the value of OPENAI_BASE_URL)" if chosen == from_env else ""
    if not base_url and not from_env and chosen != DEFAULT_BASE_URL:
        origin = f" (from {AZURE_ENDPOINT_ENV})"
    problem = Problem(
        path="base_url",
        rule="url",
        message=f"{url!r}{origin} is not a usable URL: {reason}.",
        hint=f"Include the scheme and host, e.g. {DEFAULT_BASE_URL}.",
        value=url,
        argument="base_url",
    )
    raise ConfigError(Report((problem,)), subject="client settings")
