"""The FastAPI app Airflow's api-server mounts at ``/airspec``: an HTML page and the same data as JSON.

Every route needs a user allowed to read DAGs (Airflow's own auth dependency): plugin apps are mounted
without any protection of their own.
"""

from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import HTMLResponse

from airspec_airflow.ui.catalog import Pipeline, compiled_pipelines, schedule_text, spec_text

STATUS_NOTE = {
    "current": "compiled from the spec as it is",
    "stale": "the spec changed since it was compiled: run `airspec compile`",
    "spec missing": "the spec it was compiled from is not in the project",
}


def _read_dags_dependency() -> Any:
    from airflow.api_fastapi.core_api.security import requires_access_dag

    return requires_access_dag("GET")


# one object, so that tests can override it
READ_DAGS = _read_dags_dependency()


def dags_folder() -> Path:
    from airflow.configuration import conf

    return Path(conf.get("core", "dags_folder"))


def project_root() -> Path:
    """``AIRSPEC_PROJECT_ROOT``, ``[airspec] project_root``, else the DAGs folder's grandparent (airflow/dags)."""
    from airflow.configuration import conf

    configured = os.environ.get("AIRSPEC_PROJECT_ROOT") or conf.get("airspec", "project_root", fallback=None)
    return Path(configured) if configured else dags_folder().resolve().parents[1]


def _pipelines() -> list[Pipeline]:
    return compiled_pipelines(dags_folder(), project_root())


def _pipeline(dag_id: str) -> Pipeline:
    for pipeline in _pipelines():
        if pipeline.dag_id == dag_id:
            return pipeline
    raise HTTPException(status_code=404, detail=f"no compiled airspec pipeline {dag_id}")


def _runs(dag_id: str) -> list[dict[str, Any]]:
    from airflow.utils.session import create_session

    from airspec_airflow.ui.runs import latest_runs

    with create_session() as session:
        return latest_runs(dag_id, session)


def _detail(dag_id: str) -> dict[str, Any]:
    pipeline = _pipeline(dag_id)
    return {
        **pipeline.summary(),
        "spec_text": spec_text(pipeline, project_root()),
        "plan": pipeline.plan,
        "runs": _runs(dag_id),
    }


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title><style>
body{{font-family:system-ui,sans-serif;margin:2rem}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}}
.stale,.spec-missing{{color:#a40000;font-weight:bold}} pre{{background:#f6f6f6;padding:1rem;overflow:auto}}
</style></head><body>{body}</body></html>"""


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(PAGE.format(title=escape(title), body=body))


def _index_html(pipelines: list[Pipeline]) -> str:
    rows = "".join(
        "<tr><td><a href='pipelines/{id}'>{id}</a></td><td>{description}</td><td>{schedule}</td>"
        "<td>{tasks}</td><td>{spec}</td><td class='{css}' title='{note}'>{status}</td></tr>".format(
            id=escape(p.dag_id),
            description=escape(str(p.plan.get("dag", {}).get("description") or "")),
            schedule=escape(schedule_text(p.plan.get("dag", {}).get("schedule"))),
            tasks=len(p.plan.get("tasks", [])),
            spec=escape(p.spec_path),
            css=p.status.replace(" ", "-"),
            note=escape(STATUS_NOTE[p.status]),
            status=escape(p.status),
        )
        for p in pipelines
    )
    return (
        "<h1>airspec pipelines</h1><table><tr><th>pipeline</th><th>description</th><th>schedule</th>"
        f"<th>tasks</th><th>spec</th><th>provenance</th></tr>{rows}</table>"
    )


def _detail_html(detail: dict[str, Any]) -> str:
    runs = "".join(
        "<tr><td>{run}</td><td>{state}</td><td>{tasks}</td></tr>".format(
            run=escape(str(run["run_id"])),
            state=escape(str(run["state"])),
            tasks="<br>".join(
                escape(
                    f"{task['task_id']}: {task['state']}"
                    + ("" if task["metrics"] is None else " " + json.dumps(task["metrics"], sort_keys=True))
                )
                for task in run["tasks"]
            ),
        )
        for run in detail["runs"]
    )
    status = detail["status"]
    return (
        f"<p><a href='..'>all pipelines</a></p><h1>{escape(detail['dag_id'])}</h1>"
        f"<p>{escape(str(detail['description'] or ''))}</p>"
        f"<p class='{status.replace(' ', '-')}'>{escape(status)}: {escape(STATUS_NOTE[status])}</p>"
        f"<h2>Latest runs</h2><table><tr><th>run</th><th>state</th><th>tasks</th></tr>{runs}</table>"
        f"<h2>Spec <code>{escape(detail['spec'])}</code></h2><pre>{escape(detail['spec_text'] or '(missing)')}</pre>"
        f"<h2>Plan</h2><pre>{escape(json.dumps(detail['plan'], indent=2, sort_keys=True))}</pre>"
    )


def create_app() -> FastAPI:
    app = FastAPI(title="airspec", dependencies=[Depends(READ_DAGS)])

    @app.get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        return _page("airspec pipelines", _index_html(_pipelines()))

    @app.get("/api/pipelines")
    def pipelines() -> list[dict[str, Any]]:
        return [pipeline.summary() for pipeline in _pipelines()]

    @app.get("/api/pipelines/{dag_id}")
    def pipeline(dag_id: str) -> dict[str, Any]:
        return _detail(dag_id)

    @app.get("/pipelines/{dag_id}", response_class=HTMLResponse)
    def pipeline_page(dag_id: str) -> HTMLResponse:
        return _page(dag_id, _detail_html(_detail(dag_id)))

    return app
