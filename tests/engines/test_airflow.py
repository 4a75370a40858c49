"""The README's Airflow 3 task inside Airflow itself: `dag.test()` on a migrated SQLite database.

Airflow lives in its own virtualenv (it does not resolve next to Prefect); `make test-engines`
builds it and migrates a database once, which each run copies into a fresh AIRFLOW_HOME.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from realtime_sessions_emulator import Emulator, FaultPlan

from tests.engines.conftest import (
    API_KEY,
    INVALID_CONFIG,
    MINT,
    REFUSED,
    assert_minted,
    assert_no_key,
    files_text,
    readme_block,
)
from tests.engines.servers import CACHE, stop

PYTHON = Path(os.environ.get("AIRFLOW_PYTHON", CACHE / "airflow/bin/python"))
MIGRATED_DB = Path(os.environ.get("AIRFLOW_DB", CACHE / "airflow-home/airflow.db"))
RUN_TIMEOUT = 300


def run_dag(task_inputs: dict[str, dict[str, Any]], base_url: str, home: Path) -> dict[str, Any]:
    """One `dag.test()` in Airflow's Python; what Airflow stored about each task afterwards."""
    if not (PYTHON.is_file() and MIGRATED_DB.is_file()):
        pytest.fail(f"no Airflow at {PYTHON} or no {MIGRATED_DB}: `make test-engines` builds them")
    home.mkdir()
    shutil.copy(MIGRATED_DB, home / "airflow.db")
    (home / "dags").mkdir()
    snippet = home / "snippet.py"
    snippet.write_text(readme_block("**Airflow 3**"))
    env = {
        "PATH": f"{PYTHON.parent}:/usr/bin:/bin",
        "HOME": str(home),
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(home / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__USAGE_DATA_COLLECTION__ENABLED": "False",
        "SCARF_ANALYTICS": "false",
        "DO_NOT_TRACK": "1",
        "OPENAI_API_KEY": API_KEY,
        "OPENAI_BASE_URL": base_url,
        "README_SNIPPET": str(snippet),
        "TASK_INPUTS": json.dumps(task_inputs),
    }
    dag_file = home / "dags/voice_call.py"
    shutil.copy(Path(__file__).with_name("airflow_dag.py"), dag_file)
    process = subprocess.Popen(
        [str(PYTHON), str(dag_file)],
        env=env, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        output, _ = process.communicate(timeout=RUN_TIMEOUT)
    finally:
        stop(process, signal.SIGINT)  # Airflow ends its children cleanly on SIGINT
    assert process.returncode == 0, output[-4000:]
    logs = files_text(home / "logs") if (home / "logs").exists() else b""
    return {"output": output, "logs": logs, **stored(home, task_inputs)}


def stored(home: Path, task_ids: Iterable[str]) -> dict[str, Any]:
    """Each task's tries (earlier ones from task_instance_history) and XCom, and every row of
    the database, for the key search."""
    with sqlite3.connect(home / "airflow.db") as db:
        tasks = {}
        for task_id in task_ids:
            ((state, try_number),) = db.execute(
                "select state, try_number from task_instance where task_id = ?", (task_id,)
            ).fetchall()
            earlier = db.execute(
                "select state from task_instance_history where task_id = ? order by try_number",
                (task_id,),
            ).fetchall()
            xcom = db.execute(
                "select value from xcom where key = 'return_value' and task_id = ?", (task_id,)
            ).fetchall()
            tasks[task_id] = {
                "tries": [*(row[0] for row in earlier), state],
                "try_number": try_number,
                "xcom": [xcom_value(row[0]) for row in xcom],
            }
        tables = [
            name for (name,) in db.execute("select name from sqlite_master where type='table'")
        ]
        rows = "\n".join(
            repr(row) for table in tables for row in db.execute(f'select * from "{table}"')
        )
    return {"tasks": tasks, "rows": rows}


def xcom_value(raw: Any) -> Any:
    value = json.loads(raw) if isinstance(raw, (str, bytes)) else raw
    return json.loads(value) if isinstance(value, str) else value


def test_mint_succeeds_and_terminal_errors_fail_at_once(emulator: Emulator, tmp_path: Path) -> None:
    """One DAG: a mint, a 400 (the retired beta route) and an invalid config (never sent)."""
    emulator.faults = FaultPlan(kind="retired")
    before = emulator.requests
    run = run_dag(
        {"mint": MINT, "refused": REFUSED, "invalid_config": INVALID_CONFIG},
        emulator.base_url,
        tmp_path / "home",
    )
    tasks = run["tasks"]
    assert tasks["mint"]["tries"] == ["success"], run["output"][-3000:]
    (output,) = tasks["mint"]["xcom"]
    assert_minted(output)
    # README: the return value goes to XCom, token included.
    assert output["client_secret"]["value"] in run["rows"]
    for task_id in ("refused", "invalid_config"):
        assert (tasks[task_id]["tries"], tasks[task_id]["try_number"]) == (["failed"], 1), task_id
        assert tasks[task_id]["xcom"] == []
    assert emulator.requests - before == 2, "the mint and the 400; the invalid config is not sent"
    assert "AirflowFailException: api_error: " in run["output"]
    assert "AirflowFailException: invalid_config: " in run["output"]
    assert_no_key(run["rows"], run["logs"], run["output"])


def test_503_is_retried_then_mints(emulator: Emulator, tmp_path: Path) -> None:
    emulator.faults = FaultPlan(kind="503", first=1)
    before = emulator.requests
    run = run_dag({"mint": MINT}, emulator.base_url, tmp_path / "home")
    mint = run["tasks"]["mint"]
    assert mint["tries"] == ["failed", "success"], run["output"][-3000:]
    assert emulator.requests - before == 2
    assert_minted(mint["xcom"][0])
    assert_no_key(run["rows"], run["logs"], run["output"])


def test_429_is_retried_after_airflows_own_delay(emulator: Emulator, tmp_path: Path) -> None:
    """retry_delay (2 s, exponential) decides; an Airflow task cannot honour Retry-After."""
    emulator.faults = FaultPlan(kind="429", first=1, retry_after=120)
    started = time.monotonic()
    run = run_dag({"mint": MINT}, emulator.base_url, tmp_path / "home")
    assert run["tasks"]["mint"]["tries"] == ["failed", "success"], run["output"][-3000:]
    assert time.monotonic() - started < 120
