"""A DAG file for Airflow's own Python (`make test-engines` builds .engines/airflow): the README's
Airflow task, once per task input, in one DAG. The test copies it into the dags folder and runs it as a script,
which calls `dag.test()`; Airflow parses the same file again to serialise the DAG.

Environment: README_SNIPPET (the file holding the README's block), TASK_INPUTS (JSON: task id ->
task input). The test
reads what Airflow stored (task tries, XCom, logs) from AIRFLOW_HOME afterwards.
"""

import json
import os
from datetime import datetime

from airflow.sdk import DAG

namespace: dict = {}
with open(os.environ["README_SNIPPET"]) as snippet:
    exec(snippet.read(), namespace)

with DAG(dag_id="voice_call", schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    for task_id, task_input in json.loads(os.environ["TASK_INPUTS"]).items():
        namespace["create_realtime_session"].override(task_id=task_id)(task_input)

if __name__ == "__main__":
    print(json.dumps({"dag_run_state": str(dag.test().state)}))
