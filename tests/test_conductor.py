"""Conductor definitions: exact documents, valid per Conductor's schemas and SDK models, no key."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator, FormatChecker
from realtime_sessions import ConfigError, _contract
from realtime_sessions._conductor import TASK_NAME, http_task, task_def
from realtime_sessions._endpoints import ENDPOINT_SPECS
from referencing import Registry, Resource

# Conductor's own schemas, read from the shared reference folder next to the repository.
SCHEMAS = Path(__file__).resolve().parents[1] / ".." / "shared" / "reference" / "conductor"
API_KEY = "sk-conductor-0123456789abcdefghijklmnop"
BETA = {"model": "gpt-realtime", "voice": "verse", "modalities": ["audio", "text"]}
GA = {"type": "realtime", "model": "gpt-realtime", "audio": {"output": {"voice": "marin"}}}


def _schema(name: str) -> dict[str, Any]:
    path = SCHEMAS / name
    if not path.is_file():
        pytest.skip(f"Conductor's {name} is not at {path} (the shared reference folder is absent)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workflow_def_schema() -> dict[str, Any]:
    return _schema("WorkflowDef.json")


@pytest.fixture(scope="module")
def task_def_schema() -> dict[str, Any]:
    return _schema("TaskDef.json")


def check_workflow_task(task: dict[str, Any], schema: dict[str, Any]) -> None:
    """Valid as a WorkflowTask and inside a WorkflowDef, with only keys Conductor declares.

    The schemas allow unknown keys, so a misspelt field (`asyncCompleted`) would pass them; the
    key checks close that gap.
    """
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    as_task = Draft7Validator(
        {"$ref": schema["$id"] + "#/definitions/WorkflowTask"}, registry=registry
    )
    as_task.validate(task)
    Draft7Validator(schema).validate({"name": "mint_realtime_session", "tasks": [task]})
    assert set(task) <= set(schema["definitions"]["WorkflowTask"]["properties"])


def check_http_request(request: dict[str, Any]) -> None:
    """The fields conductor-python's HttpInput writes (Conductor's HttpTask.Input), all set."""
    pytest.importorskip("conductor", reason="conductor-python (dev extra) is not installed")
    from conductor.client.workflow.task.http_task import HttpInput

    assert set(request) == set(HttpInput.attribute_map.values())
    assert all(isinstance(value, str) for value in request["headers"].values())


def test_beta_http_task_is_exact(workflow_def_schema: dict[str, Any]) -> None:
    task = http_task(BETA, endpoint="sessions", instructions_input="instructions")
    assert task == {
        "name": "openai_realtime_create_session",
        "taskReferenceName": "create_realtime_session",
        "type": "HTTP",
        "optional": False,
        "asyncComplete": False,
        "inputParameters": {
            "http_request": {
                "uri": "https://api.openai.com/v1/realtime/sessions",
                "method": "POST",
                "accept": "application/json",
                "contentType": "application/json",
                "headers": {"Authorization": "Bearer ${workflow.secrets.OPENAI_API_KEY}"},
                "body": {
                    "model": "gpt-realtime",
                    "voice": "verse",
                    "modalities": ["audio", "text"],
                    "instructions": "${workflow.input.instructions}",
                },
                "connectionTimeOut": 5000,
                "readTimeOut": 30000,
            }
        },
    }
    check_workflow_task(task, workflow_def_schema)
    check_http_request(task["inputParameters"]["http_request"])


def test_ga_http_task_is_exact(workflow_def_schema: dict[str, Any]) -> None:
    task = http_task(
        GA,
        base_url="https://proxy.example.test/v1/",
        secret_name="OPENAI_PROD_KEY",
        task_name="mint",
        task_ref_name="mint_ref",
        connection_timeout_ms=2000,
        read_timeout_ms=10000,
        instructions_input="prompt",
        expires_after_seconds=120,
        flat=True,
    )
    assert task == {
        "name": "mint",
        "taskReferenceName": "mint_ref",
        "type": "HTTP",
        "optional": False,
        "asyncComplete": False,
        "inputParameters": {
            "uri": "https://proxy.example.test/v1/realtime/client_secrets",
            "method": "POST",
            "accept": "application/json",
            "contentType": "application/json",
            "headers": {"Authorization": "Bearer ${workflow.secrets.OPENAI_PROD_KEY}"},
            "body": {
                "session": {
                    "type": "realtime",
                    "model": "gpt-realtime",
                    "audio": {"output": {"voice": "marin"}},
                    "instructions": "${workflow.input.prompt}",
                },
                "expires_after": {"anchor": "created_at", "seconds": 120},
            },
            "connectionTimeOut": 2000,
            "readTimeOut": 10000,
        },
    }
    check_workflow_task(task, workflow_def_schema)
    check_http_request(task["inputParameters"])


@pytest.mark.parametrize("endpoint", ["client-secrets", "sessions"])
@pytest.mark.parametrize("config", [{}, BETA, GA], ids=["empty", "beta", "ga"])
@pytest.mark.parametrize("flat", [False, True])
def test_every_variant_validates(
    workflow_def_schema: dict[str, Any], endpoint: Any, config: dict[str, Any], flat: bool
) -> None:
    task = http_task(config, endpoint=endpoint, instructions_input="instructions", flat=flat)
    check_workflow_task(task, workflow_def_schema)
    request = task["inputParameters"] if flat else task["inputParameters"]["http_request"]
    check_http_request(request)
    assert request["uri"] == "https://api.openai.com/v1" + ENDPOINT_SPECS[endpoint].path
    instructions_holder = (
        request["body"]["session"] if endpoint == "client-secrets" else request["body"]
    )
    assert instructions_holder["instructions"] == "${workflow.input.instructions}"


def test_body_is_the_validated_request_body() -> None:
    from realtime_sessions import build_request

    task = http_task(BETA, expires_after_seconds=300)
    assert task["inputParameters"]["http_request"]["body"] == build_request(
        BETA, expires_after_seconds=300
    )


def test_endpoint_paths_are_the_contracts() -> None:
    assert {spec.path for spec in ENDPOINT_SPECS.values()} <= set(_contract.spec()["paths"])


def test_the_key_is_never_in_the_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    documents = [
        http_task(BETA, endpoint=endpoint, flat=flat)
        for endpoint in ("client-secrets", "sessions")
        for flat in (False, True)
    ]
    documents.append(task_def(owner_email="team@example.com"))
    assert API_KEY not in json.dumps(documents)
    assert "sk-" not in json.dumps(documents)


def test_instructions_input_does_not_touch_the_callers_config() -> None:
    config = copy.deepcopy(GA)
    http_task(config, instructions_input="prompt")
    assert config == GA


@pytest.mark.parametrize(
    ("config", "endpoint"),
    [
        ({"instructions": "Be brief."}, "sessions"),
        ({"instructions": "Be brief."}, "client-secrets"),
        ({"type": "realtime", "instructions": "x"}, "client-secrets"),
    ],
)
def test_instructions_input_refuses_to_override_instructions(
    config: dict[str, Any], endpoint: Any
) -> None:
    with pytest.raises(ValueError, match="already sets instructions"):
        http_task(config, endpoint=endpoint, instructions_input="prompt")


def test_invalid_config_is_refused_with_every_problem() -> None:
    with pytest.raises(ConfigError) as raised:
        http_task({"model": 3, "temperature": 9}, endpoint="sessions")
    assert [problem.path for problem in raised.value.report.errors] == ["model", "temperature"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"secret_name": "OPENAI API KEY"}, "secret_name"),
        ({"secret_name": "${workflow.input.key}"}, "secret_name"),
        ({"instructions_input": "1st"}, "instructions_input"),
        ({"instructions_input": "a.b"}, "instructions_input"),
        ({"connection_timeout_ms": 0}, "connection_timeout_ms"),
        ({"read_timeout_ms": 1.5}, "read_timeout_ms"),
        ({"read_timeout_ms": True}, "read_timeout_ms"),
    ],
)
def test_bad_http_task_arguments_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        http_task({}, **options)


def test_task_def_is_exact_and_valid(task_def_schema: dict[str, Any]) -> None:
    definition = task_def(owner_email="voice-team@example.com")
    assert definition == {
        "name": TASK_NAME,
        "description": "Mint an OpenAI Realtime ephemeral client secret (realtime-sessions).",
        "ownerEmail": "voice-team@example.com",
        "retryCount": 3,
        "retryLogic": "EXPONENTIAL_BACKOFF",
        "retryDelaySeconds": 2,
        "timeoutSeconds": 120,
        "responseTimeoutSeconds": 60,
        "timeoutPolicy": "TIME_OUT_WF",
    }
    Draft7Validator(task_def_schema, format_checker=FormatChecker()).validate(definition)
    assert set(definition) <= set(task_def_schema["properties"])


def test_task_def_options_validate(
    task_def_schema: dict[str, Any], workflow_def_schema: dict[str, Any]
) -> None:
    definition = task_def(
        owner_email="a@example.com",
        task_name="mint",
        retry_count=10,
        retry_delay_seconds=0,
        timeout_seconds=0,
        response_timeout_seconds=30,
        timeout_policy="RETRY",
    )
    Draft7Validator(task_def_schema, format_checker=FormatChecker()).validate(definition)
    # Embedded in the workflow task, as Conductor also allows.
    check_workflow_task(
        {**http_task({}, task_name="mint"), "taskDefinition": definition}, workflow_def_schema
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"retry_count": 11}, "retry_count"),
        ({"retry_count": -1}, "retry_count"),
        ({"retry_delay_seconds": -1}, "retry_delay_seconds"),
        ({"response_timeout_seconds": 0}, "response_timeout_seconds"),
        ({"timeout_seconds": 30, "response_timeout_seconds": 60}, "above timeout_seconds"),
        ({"timeout_policy": "NEVER"}, "timeout_policy"),
        ({"owner_email": "nobody"}, "owner_email"),
    ],
)
def test_bad_task_def_arguments_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        task_def(**{"owner_email": "team@example.com", **options})


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the SDK's own deprecated getters
def test_definitions_load_into_conductor_python_models() -> None:
    """conductor-python reads every field we write: nothing is dropped on the way to a server."""
    pytest.importorskip(
        "conductor.client.http.api_client", reason="conductor-python (dev extra) is not installed"
    )
    from conductor.client.http.api_client import ApiClient
    from conductor.client.http.models.task_def import TaskDef
    from conductor.client.http.models.workflow_task import WorkflowTask

    api = ApiClient()
    for task in (
        http_task(BETA, endpoint="sessions"),
        http_task(GA, instructions_input="prompt", flat=True),
    ):
        model = api.deserialize_class(task, WorkflowTask)
        assert isinstance(model, WorkflowTask)
        assert (model.type, model.async_complete, model.optional) == ("HTTP", False, False)
        assert api.sanitize_for_serialization(model) == task
    definition = task_def(owner_email="team@example.com")
    model = api.deserialize_class(definition, TaskDef)
    assert (model.retry_logic, model.retry_count, model.owner_email) == (
        "EXPONENTIAL_BACKOFF",
        3,
        "team@example.com",
    )
    round_trip = api.sanitize_for_serialization(model)
    assert {key: round_trip[key] for key in definition} == definition
