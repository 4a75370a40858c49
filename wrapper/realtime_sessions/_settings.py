"""Client settings: the defaults and the checked settings (arguments, environment, contract),
for OpenAI and Azure OpenAI.

Every setting is checked when the client is made, so a local mistake (a key file with a
trailing newline, a port out of range, `timeout="5"`) is a ConfigError at once, never a
failure retried per mint: a workflow engine would retry that forever.

The base URL is the argument, else OPENAI_BASE_URL, else `{AZURE_OPENAI_ENDPOINT}/openai/v1`,
else the contract's server. Azure OpenAI (a `*.openai.azure.com` host or an `/openai/v1` path)
takes its key from AZURE_OPENAI_API_KEY (then OPENAI_API_KEY), as the official SDK's Azure
client reads them; `_transport` sends it in the `api-key` header.
"""

from __future__ import annotations

import importlib.util
import math
import os
import re
import urllib.request
from typing import Any

import httpx

from ._azure import AZURE_ENDPOINT_ENV, AZURE_KEY_ENV, azure_base_url, is_azure
from ._endpoints import DEFAULT_ENDPOINT, ENDPOINT_SPECS, Endpoint, default_base_url
from ._exceptions import ConfigError
from ._report import Problem, Report

DEFAULT_BASE_URL = default_base_url()
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
_HIGHEST_PORT = 65535
# What an HTTP header value may hold once surrounding whitespace is gone: visible ASCII and
# inner spaces. A newline would end the header; non-ASCII cannot be encoded by httpx.
_HEADER_VALUE = re.compile(r"[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?")
_CREDENTIALS = re.compile(r"(?<=://)[^/@]*@")
# Each header setting: its argument, its environment variables (the first set one counts) and
# the header it fills.
HEADER_SETTINGS = {
    "api_key": (("OPENAI_API_KEY",), "Authorization"),
    "organization": (("OPENAI_ORG_ID",), "OpenAI-Organization"),
    "project": (("OPENAI_PROJECT_ID",), "OpenAI-Project"),
}


def _refuse(
    argument: str, rule: str, message: str, hint: str = "", value: Any = None
) -> ConfigError:
    problem = Problem(
        path=argument, rule=rule, message=message, hint=hint, value=value, argument=argument
    )
    return ConfigError(Report((problem,)), subject="client settings")


def without_credentials(url: str) -> str:
    """The URL with any `user:password@` replaced by `***@`, for messages and reprs."""
    return _CREDENTIALS.sub("***@", url)


def api_key_for(base_url: str, api_key: Any) -> str | None:
    """The key to send, checked: the argument, else the environment's key for this server."""
    variables = (AZURE_KEY_ENV, "OPENAI_API_KEY") if is_azure(base_url) else None
    return checked_header_setting("api_key", api_key, variables)


def checked_header_setting(
    argument: str, given: Any, variables: tuple[str, ...] | None = None
) -> str | None:
    """A key, organization or project: the argument, else its environment variable, without
    surrounding whitespace (key files and CRLF `.env` files end in one). None when unset or
    blank. Anything a header cannot carry is refused, without showing the value: it may be a key."""
    default_variables, header = HEADER_SETTINGS[argument]
    variables = variables or default_variables
    variable = next((name for name in variables if os.environ.get(name)), variables[-1])
    source = f"{argument}=" if given is not None else variable
    value = given if given is not None else os.environ.get(variable)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _refuse(argument, "type", f"{argument} must be a string, got {type(value).__name__}.")
    value = value.strip()
    if not value:
        return None
    if _HEADER_VALUE.fullmatch(value) is None:
        raise _refuse(
            argument,
            "header_value",
            f"{source} holds a character the {header} header cannot carry (a control character "
            "such as a newline inside it, or a non-ASCII character); it is not shown.",
            f"Copy the value again from its source; check {variable} for pasted extra text.",
        )
    return value


def checked_timeout(timeout: Any) -> httpx.Timeout:
    """Seconds for the whole attempt (connecting gets at most 10), an httpx.Timeout, or None."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise _refuse(
            "timeout",
            "timeout",
            f"timeout must be a positive finite number of seconds, got {timeout!r}.",
            "Pass e.g. timeout=30, or timeout=None for no timeout at all.",
        )
    return httpx.Timeout(float(timeout), connect=min(float(timeout), 10.0))


def checked_max_retries(max_retries: Any) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise _refuse(
            "max_retries",
            "max_retries",
            f"max_retries must be a whole number of 0 or more, got {max_retries!r}.",
            "Pass e.g. max_retries=2, or 0 for no retries.",
        )
    return max_retries


def checked_pool_options(http_client: Any, limits: Any, http2: Any) -> dict[str, Any] | None:
    """The httpx client arguments of the pool a client makes for itself, or None when the user
    gave their own client (whose pool is theirs: `limits`/`http2` then are a mistake)."""
    if limits is not None and not isinstance(limits, httpx.Limits):
        raise _refuse(
            "limits", "type", f"limits must be an httpx.Limits, got {type(limits).__name__}."
        )
    if not isinstance(http2, bool):
        raise _refuse("http2", "type", f"http2 must be True or False, got {http2!r}.")
    if http_client is not None:
        if limits is not None or http2:
            raise _refuse(
                "limits" if limits is not None else "http2",
                "pool",
                "limits= and http2= configure the pool a client makes for itself; with "
                "http_client= the pool is that client's.",
                "Pass them to your httpx client instead: httpx.Client(limits=..., http2=...).",
            )
        return None
    if http2 and importlib.util.find_spec("h2") is None:
        raise _refuse(
            "http2",
            "http2",
            "http2=True needs the h2 package, which is not installed.",
            "Install it with: pip install 'httpx[http2]' (or pass http2=False).",
        )
    return {"http2": http2} if limits is None else {"http2": http2, "limits": limits}


def checked_endpoint(endpoint: Any, argument: str = "endpoint") -> Endpoint:
    if endpoint is None:
        return DEFAULT_ENDPOINT
    if not isinstance(endpoint, str) or endpoint not in ENDPOINT_SPECS:
        raise _refuse(
            argument,
            "enum",
            f"{endpoint!r} is not an endpoint.",
            f"Use one of {', '.join(ENDPOINT_SPECS)}.",
        )
    return endpoint  # type: ignore[return-value]


def checked_base_url(base_url: Any) -> str:
    """The base URL without surrounding whitespace or a trailing slash; ConfigError now, not a
    retried failure per mint. Credentials in it are refused and never shown."""
    if base_url is not None and not isinstance(base_url, str):
        raise _refuse(
            "base_url", "type", f"base_url must be a string, got {type(base_url).__name__}."
        )
    from_env = os.environ.get("OPENAI_BASE_URL")
    chosen = (base_url or from_env or azure_base_url() or DEFAULT_BASE_URL).strip()
    url = chosen.rstrip("/")
    shown = without_credentials(url)
    reason = _unusable_url(url)
    if reason is None:
        return url
    # The CLI passes OPENAI_BASE_URL on as base_url, so the value, not the route, tells.
    origin = " (the value of OPENAI_BASE_URL)" if from_env and chosen == from_env.strip() else ""
    if not base_url and not from_env and chosen != DEFAULT_BASE_URL:
        origin = f" (from {AZURE_ENDPOINT_ENV})"
    raise _refuse(
        "base_url",
        "url",
        f"{shown!r}{origin} is not a usable URL: {reason}.",
        f"Include the scheme and host, e.g. {DEFAULT_BASE_URL}.",
        shown,
    )


def proxy_for(url: str) -> str | None:
    """The proxy the environment (HTTPS_PROXY, ALL_PROXY, NO_PROXY, ...) routes `url` through,
    credentials masked, for messages; None for a direct connection."""
    proxies = urllib.request.getproxies_environment()
    parsed = httpx.URL(url)
    if not proxies or urllib.request.proxy_bypass_environment(parsed.host, proxies):
        return None
    chosen = proxies.get(parsed.scheme) or proxies.get("all")
    return None if chosen is None else without_credentials(chosen.strip())


def unusable_proxy(error: Exception) -> ConfigError:
    """httpx refused the proxy settings of the environment: a local mistake, never retried."""
    reason = without_credentials(str(error).splitlines()[0] if str(error) else type(error).__name__)
    return _refuse(
        "proxy",
        "proxy",
        f"the proxy settings of the environment cannot be used: {reason}",
        "Check HTTPS_PROXY, HTTP_PROXY and ALL_PROXY (http://, https:// or socks5:// with "
        "httpx[socks] installed), or unset them.",
    )


def _unusable_url(url: str) -> str | None:
    if any(character.isspace() or not character.isprintable() for character in url):
        return "it holds whitespace or a control character"
    if _CREDENTIALS.search(url):
        return (
            "it holds credentials (user:password@), which would replace the API key's "
            "Authorization header; they are not shown"
        )
    port = re.match(r"[^:/]+://(\[[^\]]*\]|[^/:?#\[]*):([^/?#]*)", url)
    if (
        port is not None
        and port.group(2)
        and not (port.group(2).isdigit() and 0 < int(port.group(2)) <= _HIGHEST_PORT)
    ):
        return f"its port must be a number from 1 to {_HIGHEST_PORT}"
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        return f"it cannot be parsed ({error})"
    if parsed.scheme not in ("http", "https"):
        return "it does not start with http:// or https://"
    if not parsed.host:
        return "it has no host"
    if "?" in url or "#" in url:
        return (
            "it holds a query or fragment (?... or #...), after which no endpoint path can follow"
        )
    return None
