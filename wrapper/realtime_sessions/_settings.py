"""Client settings: the defaults and the checked base URL (argument, OPENAI_BASE_URL, contract)."""

from __future__ import annotations

import os

import httpx

from ._endpoints import default_base_url
from ._exceptions import ConfigError
from ._report import Problem, Report

DEFAULT_BASE_URL = default_base_url()
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2


def checked_base_url(base_url: str | None) -> str:
    """The base URL without a trailing slash; ConfigError now, not a retried failure per mint."""
    from_env = os.environ.get("OPENAI_BASE_URL")
    chosen = base_url or from_env or DEFAULT_BASE_URL
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
    problem = Problem(
        path="base_url",
        rule="url",
        message=f"{url!r}{origin} is not a usable URL: {reason}.",
        hint=f"Include the scheme and host, e.g. {DEFAULT_BASE_URL}.",
        value=url,
        argument="base_url",
    )
    raise ConfigError(Report((problem,)), subject="client settings")
