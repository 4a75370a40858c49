"""Telling Azure OpenAI apart, from a base URL or the environment; standard library only, so
that the CLI's offline commands (which ask it to word their warnings) start fast.

Azure OpenAI serves the GA operations at `https://{resource}.openai.azure.com/openai/v1`; the
official SDK's Azure client reads AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

AZURE_ENDPOINT_ENV = "AZURE_OPENAI_ENDPOINT"
AZURE_KEY_ENV = "AZURE_OPENAI_API_KEY"
AZURE_PATH = "/openai/v1"
_AZURE_HOSTS = (".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com")


def azure_base_url() -> str | None:
    """`{AZURE_OPENAI_ENDPOINT}/openai/v1`, or None when the variable is unset."""
    endpoint = os.environ.get(AZURE_ENDPOINT_ENV, "").strip().rstrip("/")
    if not endpoint:
        return None
    return endpoint if endpoint.endswith(AZURE_PATH) else endpoint + AZURE_PATH


def is_azure(base_url: str) -> bool:
    """Whether a base URL is Azure OpenAI's: its host, or its `/openai/v1` path."""
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return host.endswith(_AZURE_HOSTS) or parts.path.rstrip("/").endswith(AZURE_PATH)


def uses_azure(base_url: str | None = None) -> bool:
    """Whether a client given this base URL (None: the one the environment names, as the
    clients choose it) talks to Azure OpenAI, whose model names are deployment names."""
    chosen = base_url or os.environ.get("OPENAI_BASE_URL") or azure_base_url()
    return chosen is not None and is_azure(chosen)
