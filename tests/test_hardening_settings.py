"""Issue 14, environment and library arguments: local mistakes are ConfigError (exit 2) or an
authentication error (exit 3) at once, never a retried failure (exit 75, `retryable: true`)."""

from __future__ import annotations

import json
import math
import time
from typing import Any

import pytest
from click.testing import CliRunner
from realtime_sessions import AuthenticationError, ConfigError, SessionsClient
from realtime_sessions.workflow import run_task
from realtime_sessions_cli.app import cli

from tests.misbehaving_server import MisbehavingServer, respond

KEY = "test-key-for-hardening-0123456789"
SECRET = "ek_minted_for_hardening"


def ga_answer() -> dict[str, Any]:
    return {
        "value": SECRET,
        "expires_at": int(time.time()) + 600,
        "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1"},
    }


@pytest.fixture
def server():
    with MisbehavingServer(respond(200, json=ga_answer())) as running:
        yield running


@pytest.mark.parametrize("suffix", ["\n", "\r\n", "\r", "  ", "\t"])
def test_a_key_with_surrounding_whitespace_is_stripped_and_works(server, suffix):
    with SessionsClient(api_key=f" {KEY}{suffix}", base_url=server.base_url, max_retries=0) as c:
        assert c.create({}).client_secret == SECRET
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("setting", ["organization", "project"])
def test_an_org_or_project_with_a_trailing_crlf_is_stripped(server, setting):
    with SessionsClient(api_key=KEY, base_url=server.base_url, **{setting: "org_1\r\n"}) as c:
        c.create({})
    header = {"organization": "openai-organization", "project": "openai-project"}[setting]
    assert server.requests[0].headers[header] == "org_1"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("OPENAI_API_KEY", "test-key\nsecond-line-part"),
        ("OPENAI_API_KEY", "test-kéy-0123456789"),
        ("OPENAI_ORG_ID", "org_ü"),
        ("OPENAI_PROJECT_ID", "proj\r1"),
    ],
)
def test_a_header_value_no_header_can_carry_is_a_config_error_naming_the_variable(
    monkeypatch, server, variable, value
):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        SessionsClient(base_url=server.base_url)
    assert variable in str(caught.value)
    assert not caught.value.retryable
    assert "second-line-part" not in str(caught.value)
    assert server.requests == []
    result = CliRunner().invoke(cli, ["create", "--base-url", server.base_url])
    assert result.exit_code == 2, result.output
    assert variable in result.output
    assert "second-line-part" not in result.output
    assert server.requests == []


def test_a_blank_key_is_no_key(monkeypatch, server):
    monkeypatch.setenv("OPENAI_API_KEY", " \r\n")
    result = CliRunner().invoke(cli, ["create", "--base-url", server.base_url])
    assert result.exit_code == 3
    assert "no API key" in result.output


def test_a_leading_space_before_an_ephemeral_key_is_still_refused_as_ephemeral(server):
    with pytest.raises(AuthenticationError, match="ephemeral"):
        SessionsClient(api_key=" ek_abcdef123456", base_url=server.base_url).create({})


def test_a_bad_key_in_the_task_is_terminal(server):
    with pytest.raises(ConfigError) as caught:
        run_task({"session": {}}, api_key="test\nkey-0123456789", base_url=server.base_url)
    assert caught.value.to_dict()["retryable"] is False
    assert server.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:0/v1",
        "http://127.0.0.1:99999/v1",
        "http://127.0.0.1:-1/v1",
        "http://127.0.0.1:65617/v1",
        "http://127.0.0.1/v 1",
        "http://127.0.0.1/v1#part",
        "http://127.0.0.1/v1?api-version=preview",
    ],
)
def test_a_base_url_with_a_bad_port_or_space_exits_2_without_retrying(url):
    with pytest.raises(ConfigError, match=r"not a usable URL"):
        SessionsClient(api_key=KEY, base_url=url)
    result = CliRunner().invoke(cli, ["create", "--base-url", url], env={"OPENAI_API_KEY": KEY})
    assert result.exit_code == 2, result.output


def test_a_trailing_space_in_the_base_url_is_dropped(server):
    with SessionsClient(api_key=KEY, base_url=server.base_url + "/ ", max_retries=0) as c:
        c.create({})
    assert server.requests[0].path == "/v1/realtime/client_secrets"


def test_credentials_in_the_base_url_are_refused_and_never_shown(server):
    url = server.base_url.replace("http://", "http://someone:hunter2pw@")
    with pytest.raises(ConfigError) as caught:
        SessionsClient(api_key=KEY, base_url=url)
    shown = str(caught.value) + repr(caught.value) + json.dumps(caught.value.to_dict())
    assert "hunter2pw" not in shown
    assert "credentials" in shown
    result = CliRunner().invoke(
        cli, ["-v", "create", "--base-url", url], env={"OPENAI_API_KEY": KEY}
    )
    assert result.exit_code == 2
    assert "hunter2pw" not in result.output
    with pytest.raises(ConfigError) as in_task:
        run_task({"session": {}}, api_key=KEY, base_url=url)
    assert "hunter2pw" not in json.dumps(in_task.value.to_dict())
    assert server.requests == []


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("timeout", "5"),
        ("timeout", math.nan),
        ("timeout", math.inf),
        ("timeout", -1),
        ("timeout", True),
        ("max_retries", None),
        ("max_retries", "2"),
        ("max_retries", -1),
        ("endpoint", "bogus"),
        ("base_url", 5),
        ("api_key", 5),
        ("organization", 5),
    ],
)
def test_library_arguments_of_the_wrong_type_are_config_errors(argument, value):
    options = {"api_key": KEY, argument: value}
    with pytest.raises(ConfigError) as caught:
        SessionsClient(**options)
    assert caught.value.problems[0].argument == argument


def test_an_unknown_endpoint_per_call_is_a_config_error(server):
    with (
        SessionsClient(api_key=KEY, base_url=server.base_url) as client,
        pytest.raises(ConfigError),
    ):
        client.create({}, endpoint="bogus")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
def test_cli_timeout_that_is_not_a_positive_finite_number_exits_2(server, value):
    result = CliRunner().invoke(
        cli,
        ["create", "--base-url", server.base_url, "--timeout", value],
        env={"OPENAI_API_KEY": KEY},
    )
    assert result.exit_code == 2, result.output
    assert server.requests == []


@pytest.mark.parametrize(
    "proxy",
    ["ftp://user:proxypw@127.0.0.1:1", "http://127.0.0.1:1\n", "socks5://127.0.0.1:1"],
    ids=["ftp", "newline", "socks5-without-socksio"],
)
def test_unusable_proxy_settings_exit_2_naming_the_proxy(monkeypatch, proxy):
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    monkeypatch.setenv("HTTP_PROXY", proxy)
    with pytest.raises(ConfigError, match="proxy settings") as caught:
        SessionsClient(api_key=KEY, base_url="http://api.example.test/v1")
    assert "proxypw" not in str(caught.value)
    result = CliRunner().invoke(
        cli, ["create", "--base-url", "http://api.example.test/v1"], env={"OPENAI_API_KEY": KEY}
    )
    assert result.exit_code == 2, result.output
    assert "proxy" in result.output


def test_a_failing_proxy_is_named_in_the_error(monkeypatch):
    import socket

    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    monkeypatch.setenv("HTTP_PROXY", f"http://someone:proxypw@127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    from realtime_sessions import APIConnectionError

    with (
        SessionsClient(api_key=KEY, base_url="http://api.example.test/v1", max_retries=0) as c,
        pytest.raises(APIConnectionError) as caught,
    ):
        c.create({})
    assert f"through the proxy http://***@127.0.0.1:{port}" in str(caught.value)
    assert "proxypw" not in str(caught.value)
