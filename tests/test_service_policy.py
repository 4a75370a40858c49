"""The policy file: every mistake named with its path, the example safe, `serve` refusing to start."""

from __future__ import annotations

import json
import socket
import subprocess

import pytest
import yaml
from jsonschema import Draft202012Validator
from realtime_sessions_service import Policy, PolicyError, load_policy, policy_json_schema

from .service_support import API_KEY, CLI, ROOT, policy_data

EXAMPLE = ROOT / "examples" / "policy.yaml"


def problems_of(data: object) -> tuple[str, ...]:
    with pytest.raises(PolicyError) as caught:
        Policy.from_mapping(data)
    return caught.value.problems


def test_the_example_is_a_safe_starting_point() -> None:
    policy = load_policy(EXAMPLE)
    assert policy.auth["mode"] == "static"
    assert policy.origins
    assert all("*" not in origin for origin in policy.origins)
    assert policy.token_lifetime_seconds <= 60
    assert policy.rate.amount == 10
    assert policy.daily_quota == 500
    assert policy.session["tracing"] == "auto"
    assert set(policy.caller_fields) == {"audio.output.voice", "audio.output.speed"}


def test_the_schema_is_a_json_schema_and_accepts_the_example() -> None:
    schema = policy_json_schema()
    Draft202012Validator.check_schema(schema)
    example = yaml.safe_load(EXAMPLE.read_text())
    assert list(Draft202012Validator(schema).iter_errors(example)) == []
    shipped = ROOT / "service" / "realtime_sessions_service" / "policy.schema.json"
    assert json.loads(shipped.read_text()) == schema


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"origins": ["*"]}, "origins[0]: '*' does not match"),
        (
            {"token_lifetime_seconds": 7200},
            "token_lifetime_seconds: 7200 is greater than the maximum of 600",
        ),
        (
            {"auth": {"mode": "static", "tokens": [{"caller": "a", "sha256": "abc"}]}},
            "auth.tokens[0].sha256: 'abc' does not match",
        ),
        (
            {"auth": {"mode": "jwt", "jwks_url": "http://127.0.0.1/jwks"}},
            "auth: 'issuer' is a required property",
        ),
        ({"auth": {"mode": "none"}}, "auth.mode: 'none' is not one of"),
        ({"limits": {"rate": "ten per minute"}}, "limits.rate: 'ten per minute' does not match"),
        ({"limits": {"daily_quota": 5}}, "limits: 'rate' is a required property"),
        (
            {"colour": "blue"},
            "(policy): Additional properties are not allowed ('colour' was unexpected)",
        ),
        ({"max_body_bytes": 10}, "max_body_bytes: 10 is less than the minimum of 256"),
    ],
)
def test_a_structural_mistake_is_named_with_its_path(changes: dict, expected: str) -> None:
    problems = problems_of(policy_data(**changes))
    assert any(problem.startswith(expected) for problem in problems), problems


def test_the_session_is_checked_by_the_library_with_paths_into_the_policy() -> None:
    session = {"type": "realtime", "modle": "gpt-realtime", "audio": {"output": {"speed": 9}}}
    problems = problems_of(policy_data(session=session, origins=["*"]))
    assert "session.modle: unknown key 'modle'. Hint: did you mean 'model'?" in problems
    assert any(problem.startswith("session.audio.output.speed: ") for problem in problems)
    assert any(problem.startswith("origins[0]: ") for problem in problems)


def test_caller_fields_must_be_schemas_and_their_values_acceptable_to_the_api() -> None:
    fields = {
        "audio.output.voice": {"enum": ["marin", 7]},
        "audio.output.speed": {"type": "numbr"},
        "audio.output": {"type": "object"},
    }
    problems = problems_of(policy_data(caller_may_set=fields))
    assert any(
        p.startswith("caller_may_set.audio.output.speed: not a JSON Schema") for p in problems
    )
    assert "caller_may_set.audio.output.voice: already covered by audio.output" in problems
    assert any(
        p.startswith(
            "caller_may_set.audio.output.voice: the allowed value 7 is refused: session.audio.output.voice"
        )
        for p in problems
    ), problems


def test_a_beta_policy_checks_the_beta_vocabulary() -> None:
    session = {"model": "gpt-4o-realtime-preview", "voice": "alloy"}
    policy = Policy.from_mapping(
        policy_data(
            endpoint="sessions", session=session, caller_may_set={"voice": {"enum": ["ash"]}}
        )
    )
    assert policy.endpoint == "sessions"
    problems = problems_of(policy_data(endpoint="sessions", session={"voice": 5}))
    assert problems
    assert all(problem.startswith("session.voice: ") for problem in problems)


def test_unreadable_files_are_policy_errors(tmp_path) -> None:
    broken = tmp_path / "policy.yaml"
    broken.write_text("session: [unclosed\n")
    with pytest.raises(
        PolicyError, match=r"policy\.yaml: invalid policy \(1 problem\):\n  - not valid YAML"
    ):
        load_policy(broken)
    with pytest.raises(PolicyError, match="cannot read the file"):
        load_policy(tmp_path / "missing.json")


def run_serve(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess:
    environment = {"PATH": "/usr/bin:/bin", "OPENAI_API_KEY": API_KEY, **(env or {})}
    return subprocess.run(
        [CLI, "serve", *args],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=60,
    )


def test_serve_does_not_start_with_a_broken_policy(tmp_path) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(policy_data(origins=["*"], token_lifetime_seconds=3600)))
    result = run_serve("--policy", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {path}: invalid policy (2 problems):\n")
    assert "  - origins[0]: " in result.stderr
    assert "  - token_lifetime_seconds: 3600 is greater than the maximum of 600" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_needs_an_api_key_and_shared_storage_for_workers(tmp_path) -> None:
    result = run_serve("--policy", str(EXAMPLE), env={"OPENAI_API_KEY": ""})
    assert (result.returncode, result.stderr) == (
        3,
        "error: no API key: set OPENAI_API_KEY for the service.\n",
    )
    result = run_serve("--policy", str(EXAMPLE), "--workers", "2")
    assert result.returncode == 2
    assert "--workers 2 needs --storage redis://..." in result.stderr
    result = run_serve("--policy", str(EXAMPLE), "--storage", "postgres://x")
    assert result.returncode == 2
    assert "'postgres://x' is neither memory:// nor redis://host:port[/db]" in result.stderr


def test_serve_prints_the_schema_and_hashes_tokens() -> None:
    result = run_serve("--policy-schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == policy_json_schema()
    result = run_serve("--hash-token", stdin="local-dev-caller-token\n")
    assert result.stdout.strip() == load_policy(EXAMPLE).auth["tokens"][0]["sha256"]


def test_serve_refuses_a_busy_port_with_exit_2() -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        result = run_serve("--policy", str(EXAMPLE), "--port", str(port))
    assert result.returncode == 2
    assert result.stderr == (
        f"error: cannot listen on 127.0.0.1:{port}: Address already in use; choose another --port.\n"
    )
