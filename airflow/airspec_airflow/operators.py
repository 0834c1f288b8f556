"""The operator every airspec-generated DAG uses: one Airflow task runs one task of a compiled plan."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException, AirflowFailException

from airspec_airflow.connections import connection_uri, environment_variable
from airspec_airflow.hooks import RuntimeProcess

if TYPE_CHECKING:
    from airflow.sdk import Context

# Exit codes of the runtime (runtime/errors.ts).
EXIT_RETRYABLE = 75

# What the runtime may see of the worker's environment: enough to run node, nothing of Airflow's secrets.
_PASSED_THROUGH = (
    "PATH",
    "HOME",
    "LANG",
    "LC_ALL",
    "TZ",
    "TMPDIR",
    "NODE_OPTIONS",
    "NODE_EXTRA_CA_CERTS",
    "SSL_CERT_FILE",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
)


class PlanMismatchError(AirflowException):
    """The plan next to the DAG file was compiled from a different spec than the DAG itself."""


class RuntimeNotFoundError(AirflowFailException):
    """Neither node nor the bundled airspec runtime could be found on this worker."""


def runtime_command() -> list[str]:
    """`node <airspec-runtime.mjs>`: AIRSPEC_NODE / AIRSPEC_RUNTIME, else `node` on PATH and the bundled file."""
    node = os.environ.get("AIRSPEC_NODE") or shutil.which("node")
    candidates = [
        os.environ.get("AIRSPEC_RUNTIME"),
        Path(__file__).parent / "_runtime" / "airspec-runtime.mjs",
        Path(__file__).resolve().parents[2] / "bin" / "airspec-runtime.mjs",
    ]
    script = next((str(c) for c in candidates if c and Path(c).is_file()), None)
    if node is None or script is None:
        raise RuntimeNotFoundError(
            "cannot find node and the airspec runtime; set AIRSPEC_NODE and AIRSPEC_RUNTIME "
            "(bin/airspec-runtime.mjs from `npm run build`)"
        )
    return [node, script]


class AirspecOperator(BaseOperator):
    """
    Run one task of an airspec plan.

    The DAG file is static and cheap to parse: ``__init__`` only stores its arguments and never reads the
    plan. Nothing is templated, so spec strings reach the runtime exactly as written, ``{{ }}`` included.

    ``execute`` starts the airspec runtime (node) with an argv list; the run's context and the URIs of the
    task's connections travel in its environment only. The runtime's log lines stream into the task log,
    its summary becomes the task's XCom return value, and its exit code decides whether Airflow retries:
    75 means a retry may help (lost connection, timeout), anything else fails the task for good (bad data
    over the threshold, schema drift, a failed check).

    :param plan: path of the compiled ``<pipeline>.plan.json`` next to the DAG file
    :param spec_sha256: sha256 of the spec the DAG was compiled from; the plan must carry the same
    :param connections: logical connection name -> Airflow conn_id, for the connections this task uses
    """

    template_fields = ()
    ui_color = "#e8f4fd"

    def __init__(
        self,
        *,
        plan: str,
        spec_sha256: str,
        connections: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.plan = plan
        self.spec_sha256 = spec_sha256
        self.connections = dict(connections or {})
        self._process: RuntimeProcess | None = None

    def load_plan(self) -> dict[str, Any]:
        """The plan, after checking that it belongs to this DAG and holds this task."""
        plan = json.loads(Path(self.plan).read_text(encoding="utf-8"))
        if plan.get("spec", {}).get("sha256") != self.spec_sha256:
            raise PlanMismatchError(
                f"{self.plan} was compiled from another version of the spec than this DAG; "
                "deploy the DAG file and its plan together (airspec compile writes both)"
            )
        if not any(task["id"] == self.task_id for task in plan["tasks"]):
            raise PlanMismatchError(f"task {self.task_id!r} is not in {self.plan}")
        return plan

    def load_plan_task(self) -> dict[str, Any]:
        """This task's entry of the plan."""
        return next(task for task in self.load_plan()["tasks"] if task["id"] == self.task_id)

    def runtime_environment(self, context: Context, plan: Mapping[str, Any]) -> dict[str, str]:
        """The runtime's whole environment: run context, params and one URI per connection."""
        from airflow.sdk import BaseHook

        env = {name: os.environ[name] for name in _PASSED_THROUGH if name in os.environ}
        env["AIRSPEC_DAG_RUN_ID"] = str(context["run_id"])
        env["AIRSPEC_TRY_NUMBER"] = str(context["ti"].try_number)
        start, end = context.get("data_interval_start"), context.get("data_interval_end")
        if start is not None and end is not None:
            env["AIRSPEC_DATA_INTERVAL_START"] = start.isoformat()
            env["AIRSPEC_DATA_INTERVAL_END"] = end.isoformat()
        params = context.get("params") or {}
        declared = plan.get("params", {})
        env["AIRSPEC_PARAMS"] = json.dumps({name: params[name] for name in params if name in declared}, default=str)
        kinds = {name: spec["kind"] for name, spec in plan.get("connections", {}).items()}
        for name, conn_id in self.connections.items():
            conn = BaseHook.get_connection(conn_id)
            env[environment_variable(name)] = connection_uri(kinds.get(name, conn.conn_type or ""), conn)
        return env

    def execute(self, context: Context) -> Any:
        plan = self.load_plan()
        env = self.runtime_environment(context, plan)
        argv = [*runtime_command(), "--plan", str(Path(self.plan).resolve()), "--task", self.task_id]
        with tempfile.TemporaryDirectory(prefix="airspec-") as scratch:
            summary_file = Path(scratch) / "summary.json"
            env["AIRSPEC_SUMMARY_FILE"] = str(summary_file)
            self._process = RuntimeProcess()
            code = self._process.run(argv, env, on_line=lambda level, line: self.log.log(level, "%s", line))
            summary = json.loads(summary_file.read_text(encoding="utf-8")) if summary_file.exists() else None
        if code == 0:
            return summary
        reason = f"{summary['reason']}: {summary['message']}" if summary else f"the runtime exited with {code}"
        if code == EXIT_RETRYABLE or code < 0:
            raise AirflowException(f"airspec task {self.task_id!r} failed, a retry may succeed: {reason}")
        raise AirflowFailException(f"airspec task {self.task_id!r} failed: {reason}")

    def on_kill(self) -> None:
        if self._process is not None:
            self._process.terminate()
