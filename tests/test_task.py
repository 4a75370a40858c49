"""The task function: exact input/output documents, the retryable/terminal split, no leaked key."""

from __future__ import annotations

import json
import logging
import types
from typing import Any

import httpx
import pytest
import realtime_sessions._client as client_module
import realtime_sessions._session as session_module
import respx
from realtime_sessions import RealtimeSessionsError, SessionsClient
from realtime_sessions._task import INPUT_KEYS, SCHEMA_VERSION, TaskError, error_document, run_task
from realtime_sessions_emulator import FaultPlan

BASE = "https://api.openai.com/v1"
API_KEY = "sk-task-fake-key-for-tests-only"
SECRET = "ek_task_secret_0123456789"
NOW = 1_999_999_400
GA_SESSION = {
    "type": "realtime",
    "object": "realtime.session",
    "id": "sess_ga_1",
    "model": "gpt-realtime",
    "audio": {"output": {"voice": "marin"}},
}
GA_ANSWER = {"value": SECRET, "expires_at": 2_000_000_000, "session": GA_SESSION}
BETA_ANSWER = {
    "id": "sess_beta_1",
    "object": "realtime.session",
    "model": "gpt-realtime",
    "voice": "verse",
    "client_secret": {"value": SECRET, "expires_at": 2_000_000_000},
}
RATE_LIMITED = {
    "error": {
        "message": "Rate limit reached for requests.",
        "type": "requests",
        "param": None,
        "code": "rate_limit_exceeded",
    }
}
# status -> (kind, retryable): what an engine needs to decide on a retry.
STATUS_SPLIT = {
    400: ("api_error", False),
    401: ("authentication", False),
    403: ("authentication", False),
    404: ("api_error", False),
    408: ("api_error", True),
    409: ("api_error", True),
    422: ("api_error", False),
    429: ("rate_limited", True),
    500: ("api_error", True),
    502: ("api_error", True),
    503: ("api_error", True),
}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """`seconds_left` is computed at mint time; a fixed clock makes documents exact."""
    monkeypatch.setattr(session_module, "time", types.SimpleNamespace(time=lambda: float(NOW)))


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    return recorded


def failure(params: dict[str, Any], **options: Any) -> dict[str, Any]:
    """The error document of a run that must fail."""
    options.setdefault("api_key", API_KEY)
    with pytest.raises(RealtimeSessionsError) as raised:
        run_task(params, **options)
    return error_document(raised.value)["error"]


@respx.mock(base_url=BASE)
def test_ga_output_document_is_exact(respx_mock: respx.MockRouter, frozen_clock: None) -> None:
    route = respx_mock.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
    params = {
        "session": {"type": "realtime", "model": "gpt-realtime"},
        "expires_after_seconds": 600,
    }
    output = run_task(params, api_key=API_KEY)
    assert output == {
        "schema_version": 1,
        "endpoint": "client-secrets",
        "session_id": "sess_ga_1",
        "model": "gpt-realtime",
        "client_secret": {"value": SECRET, "expires_at": 2_000_000_000},
        "expires_at_iso": "2033-05-18T03:33:20+00:00",
        "seconds_left": 600,
        "session": GA_SESSION,
    }
    assert json.loads(json.dumps(output)) == output
    assert json.loads(route.calls.last.request.content) == {
        "expires_after": {"anchor": "created_at", "seconds": 600},
        "session": {"type": "realtime", "model": "gpt-realtime"},
    }
    assert route.calls.last.request.headers["authorization"] == f"Bearer {API_KEY}"


@respx.mock(base_url=BASE)
def test_beta_endpoint_output_document_is_exact(
    respx_mock: respx.MockRouter, frozen_clock: None
) -> None:
    respx_mock.post("/realtime/sessions").respond(200, json=BETA_ANSWER)
    output = run_task(
        {"session": {"model": "gpt-realtime", "voice": "verse"}, "endpoint": "sessions"},
        api_key=API_KEY,
    )
    assert output == {
        "schema_version": SCHEMA_VERSION,
        "endpoint": "sessions",
        "session_id": "sess_beta_1",
        "model": "gpt-realtime",
        "client_secret": {"value": SECRET, "expires_at": 2_000_000_000},
        "expires_at_iso": "2033-05-18T03:33:20+00:00",
        "seconds_left": 600,
        "session": {
            "id": "sess_beta_1",
            "object": "realtime.session",
            "model": "gpt-realtime",
            "voice": "verse",
        },
    }


@respx.mock(base_url=BASE)
def test_beta_config_is_minted_on_the_ga_endpoint(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
    run_task({"session": {"model": "gpt-realtime", "voice": "marin"}}, api_key=API_KEY)
    assert json.loads(route.calls.last.request.content) == {
        "session": {
            "type": "realtime",
            "model": "gpt-realtime",
            "audio": {"output": {"voice": "marin"}},
        }
    }


@respx.mock(base_url=BASE)
def test_redact_secret_replaces_only_the_value(
    respx_mock: respx.MockRouter, frozen_clock: None
) -> None:
    respx_mock.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
    output = run_task({"session": {}, "redact_secret": True}, api_key=API_KEY)
    assert output["client_secret"] == {"value": "[redacted]", "expires_at": 2_000_000_000}
    assert SECRET not in json.dumps(output)
    assert output["session_id"] == "sess_ga_1"


@respx.mock(base_url=BASE)
def test_key_comes_from_the_environment(
    respx_mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    route = respx_mock.post("/realtime/client_secrets").respond(200, json=GA_ANSWER)
    run_task({"session": {}})
    assert route.calls.last.request.headers["authorization"] == f"Bearer {API_KEY}"


def test_base_url_is_used() -> None:
    with respx.mock as mock:
        route = mock.post("https://proxy.example.test/v1/realtime/client_secrets").respond(
            200, json=GA_ANSWER
        )
        run_task({"session": {}}, api_key=API_KEY, base_url="https://proxy.example.test/v1")
    assert route.called


@respx.mock(base_url=BASE)
def test_a_given_client_is_used_and_left_open(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/realtime/sessions").respond(200, json=BETA_ANSWER)
    with SessionsClient(api_key=API_KEY, endpoint="sessions") as client:
        first = run_task({"session": {}}, client=client)
        second = run_task({"session": {}}, client=client)
    assert first["endpoint"] == second["endpoint"] == "sessions"
    assert route.call_count == 2


@pytest.mark.parametrize(
    ("params", "problems"),
    [
        pytest.param(
            ["not", "an", "object"],
            [
                {
                    "path": "",
                    "rule": "type",
                    "message": "the task input must be an object, got a list.",
                    "hint": 'Send one JSON object such as {"session": {"type": "realtime"}}.',
                    "value": None,
                    "severity": "error",
                }
            ],
            id="not-an-object",
        ),
        pytest.param(
            {},
            [
                {
                    "path": "session",
                    "rule": "required",
                    "message": "the task input has no session config.",
                    "hint": 'Pass {"session": {...}}; {"session": {}} asks for the server\'s defaults.',
                    "value": None,
                    "severity": "error",
                }
            ],
            id="no-session",
        ),
        pytest.param(
            {"session": "gpt-realtime"},
            [
                {
                    "path": "session",
                    "rule": "type",
                    "message": "the session config must be an object, got the string 'gpt-realtime'.",
                    "hint": 'Write the config as an object, e.g. {"type": "realtime", "model": "gpt-realtime"}.',
                    "value": None,
                    "severity": "error",
                }
            ],
            id="session-not-an-object",
        ),
        pytest.param(
            {"session": {}, "sesion": {}},
            [
                {
                    "path": "sesion",
                    "rule": "unknown_key",
                    "message": "unknown key 'sesion'.",
                    "hint": "did you mean 'session'?",
                    "value": None,
                    "severity": "error",
                }
            ],
            id="unknown-key",
        ),
        pytest.param(
            {"session": {}, "model": "gpt-realtime"},
            [
                {
                    "path": "model",
                    "rule": "unknown_key",
                    "message": "unknown key 'model'.",
                    "hint": "Known keys: session, endpoint, expires_after_seconds, redact_secret.",
                    "value": None,
                    "severity": "error",
                }
            ],
            id="config-key-at-top-level",
        ),
        pytest.param(
            {"session": {}, "endpoint": "realtime"},
            [
                {
                    "path": "endpoint",
                    "rule": "enum",
                    "message": "the string 'realtime' is not an endpoint.",
                    "hint": "Use one of client-secrets, sessions, translations, transcription-sessions.",
                    "value": "realtime",
                    "severity": "error",
                }
            ],
            id="endpoint",
        ),
        pytest.param(
            {"session": {}, "redact_secret": "yes"},
            [
                {
                    "path": "redact_secret",
                    "rule": "type",
                    "message": "redact_secret must be true or false, got the string 'yes'.",
                    "hint": "",
                    "value": None,
                    "severity": "error",
                }
            ],
            id="redact-secret",
        ),
    ],
)
def test_bad_input_shape_is_terminal_invalid_input(
    params: Any, problems: list[dict[str, Any]]
) -> None:
    with respx.mock(assert_all_called=False) as mock:
        error = failure(params)
    assert not mock.calls
    assert error["kind"] == "invalid_input"
    assert error["retryable"] is False
    assert error["problems"] == problems
    assert (error["status"], error["code"], error["param"]) == (None, None, None)


@pytest.mark.parametrize(
    "name", ["api_key", "OPENAI_API_KEY", "apiKey", "authorization", "token", "client_secret"]
)
def test_credential_keys_are_refused_without_echoing_them(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    params = {"session": {}, name: API_KEY}
    with respx.mock(assert_all_called=False) as mock, pytest.raises(TaskError) as raised:
        run_task(params)
    assert not mock.calls
    document = error_document(raised.value)
    assert document["error"]["problems"] == [
        {
            "path": name,
            "rule": "credential_in_input",
            "message": "credentials are never read from the task input: workflow engines store inputs.",
            "hint": "Remove it and give the worker the key through OPENAI_API_KEY (or api_key=).",
            "value": None,
            "severity": "error",
        }
    ]
    assert API_KEY not in json.dumps(document)
    assert API_KEY not in str(raised.value) + repr(raised.value)


def test_every_input_problem_is_reported_at_once() -> None:
    error = failure({"sesion": {}, "endpoint": 3, "redact_secret": None})
    assert [problem["path"] for problem in error["problems"]] == [
        "sesion",
        "session",
        "endpoint",
        "redact_secret",
    ]
    assert error["message"].startswith("invalid task input (4 problems):\n  - sesion: unknown key")


def test_invalid_config_is_terminal_with_the_report() -> None:
    with respx.mock(assert_all_called=False) as mock:
        error = failure(
            {"session": {"model": "gpt-realtime", "temperature": 5}, "endpoint": "sessions"}
        )
    assert not mock.calls
    assert error["kind"] == "invalid_config"
    assert error["retryable"] is False
    assert [(p["path"], p["rule"], p["value"]) for p in error["problems"]] == [
        ("session.temperature", "maximum", 5)
    ]
    assert error["message"].startswith("invalid session config (1 problem):")


def test_invalid_lifetime_is_an_invalid_config() -> None:
    error = failure({"session": {}, "expires_after_seconds": 5})
    assert (error["kind"], error["retryable"]) == ("invalid_config", False)
    assert [p["path"] for p in error["problems"]] == ["expires_after_seconds"]


def test_missing_key_is_terminal_authentication() -> None:
    with respx.mock(assert_all_called=False) as mock:
        error = failure({"session": {}}, api_key=None)
    assert not mock.calls
    assert error == {
        "kind": "authentication",
        "retryable": False,
        "message": "no API key: set OPENAI_API_KEY (Python callers may pass api_key= instead). Nothing was sent.",
        "status": None,
        "code": None,
        "param": None,
        "problems": [],
    }


@pytest.mark.parametrize(
    ("status", "expected"), STATUS_SPLIT.items(), ids=[str(s) for s in STATUS_SPLIT]
)
def test_every_status_is_split_into_retryable_or_terminal(
    status: int, expected: tuple[str, bool]
) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/realtime/client_secrets").respond(status)
        error = failure({"session": {}})
    assert route.call_count == 1, "the engine owns retries: none inside the task"
    assert (error["kind"], error["retryable"]) == expected
    assert error["status"] == status
    assert error["problems"] == []


@pytest.mark.parametrize(
    ("raised", "kind"),
    [
        (httpx.ReadTimeout("timed out"), "timeout"),
        (httpx.ConnectTimeout("timed out"), "timeout"),
        (httpx.ConnectError("connection refused"), "connection"),
        (httpx.RemoteProtocolError("peer closed connection"), "connection"),
    ],
)
def test_network_failures_are_retryable(raised: Exception, kind: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/realtime/client_secrets").mock(side_effect=raised)
        error = failure({"session": {}})
    assert route.call_count == 1
    assert (error["kind"], error["retryable"], error["status"]) == (kind, True, None)


def test_api_error_document_is_exact() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/realtime/client_secrets").respond(
            429, json=RATE_LIMITED, headers={"retry-after": "2"}
        )
        error = failure({"session": {}})
    assert error == {
        "kind": "rate_limited",
        "retryable": True,
        "message": "Rate limit reached for requests.",
        "status": 429,
        "code": "rate_limit_exceeded",
        "param": None,
        "problems": [],
    }


def test_retries_happen_only_when_asked(no_sleep: list[float]) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/realtime/client_secrets")
        route.side_effect = [httpx.Response(503), httpx.Response(200, json=GA_ANSWER)]
        output = run_task({"session": {}}, api_key=API_KEY, max_retries=1)
    assert route.call_count == 2
    assert output["session_id"] == "sess_ga_1"
    assert len(no_sleep) == 1


def test_an_unexpected_exception_is_an_internal_terminal_error() -> None:
    document = error_document(RuntimeError(f"boom with {API_KEY}"))
    assert document == {
        "error": {
            "kind": "internal",
            "retryable": False,
            "message": "RuntimeError: boom with sk-***",
            "status": None,
            "code": None,
            "param": None,
            "problems": [],
        }
    }


def test_the_key_never_reaches_outputs_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    """A 401 echoing the key, every failure kind and a success: the key appears nowhere."""
    caplog.set_level(logging.DEBUG)
    echoed = {
        "error": {
            "message": f"Incorrect API key provided: {API_KEY}.",
            "type": "invalid_request_error",
            "code": "invalid_api_key",
            "param": None,
        }
    }
    documents: list[Any] = []
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/realtime/client_secrets")
        for answer in (
            httpx.Response(401, json=echoed),
            httpx.Response(400, json=echoed),
            httpx.Response(429, json=RATE_LIMITED),
            httpx.Response(500, text=f"<html>{API_KEY}</html>"),
            httpx.ConnectError(f"cannot connect with {API_KEY}"),
        ):
            route.side_effect = [answer]
            documents.append(failure({"session": {}}))
        route.side_effect = [httpx.Response(200, json=GA_ANSWER)]
        documents.append(run_task({"session": {}, "redact_secret": True}, api_key=API_KEY))
    documents.append(failure({"session": {"temperature": API_KEY}, "endpoint": "sessions"}))
    text = json.dumps(documents) + caplog.text
    assert API_KEY not in text
    assert API_KEY[8:] not in text
    assert INPUT_KEYS == ("session", "endpoint", "expires_after_seconds", "redact_secret")


def test_emulator_mints_and_faults_split(emulator: Any) -> None:
    """End to end over real HTTP: a mint, then each injected fault's class."""
    minted = run_task(
        {"session": {"type": "realtime", "model": "gpt-realtime"}},
        api_key=API_KEY,
        base_url=emulator.base_url,
    )
    assert minted["client_secret"]["value"].startswith("ek_")
    assert minted["session"]["model"] == "gpt-realtime"
    assert 0 < minted["seconds_left"] <= 600
    outcomes = {}
    for kind in ("429", "500", "503", "drop", "malformed"):
        emulator.faults = FaultPlan(kind=kind)
        error = failure({"session": {}}, base_url=emulator.base_url)
        outcomes[kind] = (error["kind"], error["retryable"])
    emulator.faults = FaultPlan(kind="retired")
    error = failure({"session": {}, "endpoint": "sessions"}, base_url=emulator.base_url)
    outcomes["retired"] = (error["kind"], error["retryable"])
    emulator.faults = FaultPlan(kind="slow", slow_seconds=1.0)
    error = failure({"session": {}}, base_url=emulator.base_url, timeout=0.2)
    outcomes["slow"] = (error["kind"], error["retryable"])
    assert outcomes == {
        "429": ("rate_limited", True),
        "500": ("api_error", True),
        "503": ("api_error", True),
        "drop": ("connection", True),
        "malformed": ("connection", True),
        "retired": ("api_error", False),
        "slow": ("timeout", True),
    }


def test_emulator_wrong_path_is_terminal(emulator: Any) -> None:
    error = failure({"session": {}}, base_url=emulator.base_url.removesuffix("/v1"))
    assert (error["kind"], error["retryable"], error["status"]) == ("api_error", False, 404)
