"""The latest runs of a pipeline with each task's state and the runtime's summary (its XCom return value)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# What the page shows of a task's summary: counts and timings, never messages or targets' details.
SUMMARY_FIELDS = ("rows_read", "rows_written", "rows_quarantined", "bytes", "duration_ms")


def latest_runs(dag_id: str, session: Session, limit: int = 5) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel

    runs = session.scalars(
        select(DagRun).where(DagRun.dag_id == dag_id).order_by(DagRun.id.desc()).limit(limit)
    ).all()
    out: list[dict[str, Any]] = []
    for run in runs:
        instances = session.scalars(
            select(TaskInstance)
            .where(TaskInstance.dag_id == dag_id, TaskInstance.run_id == run.run_id)
            .order_by(TaskInstance.task_id)
        ).all()
        summaries = {
            row.task_id: XComModel.deserialize_value(row)
            for row in session.scalars(
                select(XComModel).where(XComModel.dag_run_id == run.id, XComModel.key == "return_value")
            )
        }
        out.append(
            {
                "run_id": run.run_id,
                "state": str(run.state) if run.state is not None else None,
                "logical_date": run.logical_date.isoformat() if run.logical_date else None,
                "tasks": [
                    {
                        "task_id": ti.task_id,
                        "state": str(ti.state) if ti.state is not None else None,
                        "duration_s": ti.duration,
                        "metrics": _metrics(summaries.get(ti.task_id)),
                    }
                    for ti in instances
                ],
            }
        )
    return out


def _metrics(summary: Any) -> dict[str, Any] | None:
    if not isinstance(summary, dict):
        return None
    return {name: summary[name] for name in SUMMARY_FIELDS if name in summary}
