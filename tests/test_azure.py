"""Azure OpenAI: the `/openai/v1` base URL, the `api-key` header or an Entra ID token, the
AZURE_OPENAI_* variables, deployment names, and Azure keys masked although they have no shape."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from click.testing import CliRunner
from realtime_sessions import AuthenticationError, create_session, uses_azure, validate
from realtime_sessions_cli.app import cli
from realtime_sessions_emulator import Emulator

RESOURCE = "https://contoso.openai.azure.com"
BASE = RESOURCE + "/openai/v1"
# Azure keys have no `sk-` prefix; this one is shaped to look like no real key to scanners.
AZURE_KEY = "azure-test-key-not-real-000"
ANSWER = {
    "value": "ek_azure_secret_value_1",
    "expires_at": 2_000_000_000,
    "session": {
        "type": "realtime",
        "id": "sess_az",
        "object": "realtime.session",
        "model": "my-voice-deployment",
    },
}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "OPENAI_ORG_ID",
        "OPENAI_PROJECT_ID",
        "AZURE_OPENAI_API_KEY",
        "AZURE_OPENAI_ENDPOINT",
    ):
        monkeypatch.delenv(name, raising=False)


def sent(route: respx.Route) -> httpx.Request:
    assert route.call_count == 1
    return route.calls.last.request


@respx.mock
def test_environment_alone_mints_at_the_azure_path_with_the_api_key_header(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", RESOURCE)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", AZURE_KEY)
    monkeypatch.setenv("OPENAI_ORG_ID", "org-should-not-be-sent")
    route = respx.post(BASE + "/realtime/client_secrets").mock(
        return_value=httpx.Response(200, json=ANSWER)
    )
    session = create_session({"type": "realtime", "model": "my-voice-deployment"})
    request = sent(route)
    assert str(request.url) == BASE + "/realtime/client_secrets"  # no api-version
    assert request.headers["api-key"] == AZURE_KEY
    assert "authorization" not in request.headers
    assert "openai-organization" not in request.headers
    assert "openai-project" not in request.headers
    assert json.loads(request.content) == {
        "session": {"type": "realtime", "model": "my-voice-deployment"}
    }
    assert session.model == "my-voice-deployment"


@respx.mock
def test_an_entra_id_token_from_a_callable_on_every_request() -> None:
    tokens = iter(["entra-token-1", "entra-token-2"])
    route = respx.post(BASE + "/realtime/client_secrets").mock(
        return_value=httpx.Response(200, json=ANSWER)
    )
    for expected in ("entra-token-1", "entra-token-2"):
        create_session(
            {"type": "realtime"}, base_url=BASE, azure_ad_token_provider=lambda: next(tokens)
        )
        assert route.calls.last.request.headers["authorization"] == f"Bearer {expected}"
        assert "api-key" not in route.calls.last.request.headers


def test_without_a_key_nothing_is_sent_and_the_azure_variable_is_named() -> None:
    with pytest.raises(AuthenticationError) as caught:
        create_session({"type": "realtime"}, base_url=BASE)
    assert str(caught.value) == (
        "no API key: set AZURE_OPENAI_API_KEY (or OPENAI_API_KEY) (Python callers may pass "
        "api_key= instead). Nothing was sent."
    )


@pytest.mark.parametrize(
    ("url", "azure"),
    [
        (BASE, True),
        ("https://contoso.cognitiveservices.azure.com/openai/v1", True),
        ("http://127.0.0.1:8000/openai/v1", True),
        ("https://api.openai.com/v1", False),
    ],
)
def test_azure_is_told_by_host_or_path(url: str, azure: bool) -> None:
    assert uses_azure(url) is azure


def test_deployment_names_are_never_unknown_models() -> None:
    config = {"type": "realtime", "model": "my-voice-deployment"}
    assert [p.rule for p in validate(config).warnings] == ["known_values"]
    assert validate(config, deployment_names=True).problems == ()


def test_the_emulator_serves_the_azure_form_and_checks_the_api_key(emulator: Emulator) -> None:
    base = emulator.base_url.removesuffix("/v1") + "/openai/v1"
    session = create_session(
        {"type": "realtime", "model": "my-deployment"}, base_url=base, api_key=AZURE_KEY
    )
    assert session.model == "my-deployment"
    answer = httpx.post(base + "/realtime/client_secrets", json={"session": {"type": "realtime"}})
    assert answer.status_code == 401
    assert answer.json()["error"]["message"].startswith(
        "Access denied due to missing subscription key."
    )


def run(args: list[str], env: dict[str, str]) -> Any:
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def test_the_cli_mints_on_azure_from_the_environment_without_warning(emulator: Emulator) -> None:
    endpoint = emulator.base_url.removesuffix("/v1")
    env = {"AZURE_OPENAI_ENDPOINT": endpoint, "AZURE_OPENAI_API_KEY": AZURE_KEY}
    result = run(["create", "--model", "my-deployment", "--output", "json"], env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["session"]["model"] == "my-deployment"
    assert "my-deployment" not in result.stderr  # no unknown-model warning


def test_the_cli_masks_an_azure_key_that_a_server_echoes() -> None:
    with respx.mock:
        respx.post(BASE + "/realtime/client_secrets").mock(
            return_value=httpx.Response(
                401,
                json={
                    "error": {
                        "message": f"Invalid key {AZURE_KEY}.",
                        "type": "x",
                        "param": None,
                        "code": "401",
                    }
                },
            )
        )
        result = run(
            ["create", "--model", "d"],
            {"AZURE_OPENAI_ENDPOINT": RESOURCE, "AZURE_OPENAI_API_KEY": AZURE_KEY},
        )
    assert result.exit_code == 3
    assert AZURE_KEY not in result.output
    assert "***" in result.stderr


def test_the_task_mints_on_azure_from_the_environment(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from realtime_sessions.workflow import run_task

    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", emulator.base_url.removesuffix("/v1"))
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", AZURE_KEY)
    output = run_task({"session": {"type": "realtime", "model": "my-deployment"}})
    assert output["model"] == "my-deployment"
    assert output["client_secret"]["value"].startswith("ek_")


def test_a_conductor_task_for_azure_sends_the_key_as_api_key() -> None:
    from realtime_sessions.workflow import http_task

    task = http_task({"type": "realtime"}, base_url=BASE)
    request = task["inputParameters"]["http_request"]
    assert request["uri"] == BASE + "/realtime/client_secrets"
    assert request["headers"] == {"api-key": "${workflow.secrets.OPENAI_API_KEY}"}
