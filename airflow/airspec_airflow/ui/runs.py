"""The latest runs of a pipeline with each task's state and the runtime's summary (its XCom return value).

Read through Airflow's own models from the metadata database. Only the XCom rows themselves are read: a
custom XCom backend that keeps values elsewhere leaves the metrics empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# What the page shows of a task's summary (runtime/summary.ts): counts and timings, never messages,
# targets or checks.
SUMMARY_FIELDS = ("rows_read", "rows_written", "rows_quarantined", "bytes", "duration_ms")
RETURN_VALUE = "return_value"


def latest_runs(dag_id: str, session: Session, limit: int = 5) -> list[dict[str, Any]]:
    """The newest `limit` runs (by run_after), each with its task instances and their metrics."""
    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from sqlalchemy import select

    runs = session.scalars(
        select(DagRun).where(DagRun.dag_id == dag_id).order_by(DagRun.run_after.desc(), DagRun.id.desc()).limit(limit)
    ).all()
    if not runs:
        return []
    instances = session.scalars(
        select(TaskInstance)
        .where(TaskInstance.dag_id == dag_id, TaskInstance.run_id.in_([run.run_id for run in runs]))
        .order_by(TaskInstance.task_id, TaskInstance.map_index)
    ).all()
    summaries = {
        (row.run_id, row.task_id, row.map_index): XComModel.deserialize_value(row)
        for row in session.scalars(
            select(XComModel).where(XComModel.dag_run_id.in_([run.id for run in runs]), XComModel.key == RETURN_VALUE)
        )
    }
    return [
        {
            "run_id": run.run_id,
            "run_type": _text(run.run_type),
            "state": _text(run.state),
            "logical_date": _iso(run.logical_date),
            "start_date": _iso(run.start_date),
            "end_date": _iso(run.end_date),
            "tasks": [
                {
                    "task_id": ti.task_id,
                    "map_index": ti.map_index,
                    "state": _text(ti.state),
                    "try_number": ti.try_number,
                    "duration_s": ti.duration,
                    "metrics": metrics(summaries.get((run.run_id, ti.task_id, ti.map_index))),
                }
                for ti in instances
                if ti.run_id == run.run_id
            ],
        }
        for run in runs
    ]


def metrics(summary: Any) -> dict[str, Any] | None:
    """The numbers the page shows of a runtime summary; None when the value is not one."""
    if not isinstance(summary, dict):
        return None
    picked = {name: summary[name] for name in SUMMARY_FIELDS if isinstance(summary.get(name), (int, float))}
    return picked or None


def _text(value: Any) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()
