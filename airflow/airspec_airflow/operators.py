"""The operator every airspec-generated DAG uses: one Airflow task runs one task of a compiled plan."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

if TYPE_CHECKING:
    from airflow.sdk import Context


class PlanMismatchError(AirflowException):
    """The plan next to the DAG file was compiled from a different spec than the DAG itself."""


class AirspecOperator(BaseOperator):
    """
    Run one task of an airspec plan.

    The DAG file is static and cheap to parse: ``__init__`` only stores its arguments and never reads the
    plan. Nothing is templated, so spec strings reach the runtime exactly as written, ``{{ }}`` included.

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

    def load_plan_task(self) -> dict[str, Any]:
        """This task's entry of the plan, after checking that the plan belongs to this DAG."""
        plan = json.loads(Path(self.plan).read_text(encoding="utf-8"))
        if plan.get("spec", {}).get("sha256") != self.spec_sha256:
            raise PlanMismatchError(
                f"{self.plan} was compiled from another version of the spec than this DAG; "
                "deploy the DAG file and its plan together (airspec compile writes both)"
            )
        for task in plan["tasks"]:
            if task["id"] == self.task_id:
                return task
        raise PlanMismatchError(f"task {self.task_id!r} is not in {self.plan}")

    def execute(self, context: Context) -> Any:
        task = self.load_plan_task()
        raise AirflowException(
            f"airspec cannot run {task['kind']} task {self.task_id!r} yet: the runtime is not built "
            "(see README, 'Status')"
        )
