"""The FastAPI app Airflow's api-server mounts at ``/airspec``: HTML pages and the same data as JSON.

Routes (relative to the mount):

- ``GET /`` and ``GET /api/pipelines``: the compiled pipelines the user may read, with provenance and
  the newest run;
- ``GET /pipelines/{dag_id}`` and ``GET /api/pipelines/{dag_id}``: one pipeline with its latest runs'
  metrics, its spec and its plan.

Every route depends on :func:`~airspec_airflow.ui.access.airflow_access` (Airflow's signed-in user), on
:func:`locations` (Airflow's DAGs folder and the project root) and on :func:`run_reader` (Airflow's
metadata database); tests override them through ``app.dependency_overrides``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse

from airspec_airflow.ui import views
from airspec_airflow.ui.access import Access, airflow_access, readable
from airspec_airflow.ui.catalog import Locations, Pipeline, compiled_pipeline, compiled_pipelines, spec_text

# How many runs the pipeline page shows.
LATEST_RUNS = 5

RunReader = Callable[[str, int], list[dict[str, Any]]]


def locations() -> Locations:
    """``[core] dags_folder``; the project root from ``AIRSPEC_PROJECT_ROOT``, ``[airspec] project_root``,
    else the DAGs folder's grandparent (the repository, for ``airflow/dags``)."""
    from airflow.configuration import conf

    dags_folder = Path(conf.get("core", "dags_folder")).expanduser()
    configured = os.environ.get("AIRSPEC_PROJECT_ROOT") or conf.get("airspec", "project_root", fallback=None)
    root = Path(configured).expanduser() if configured else dags_folder.resolve().parent.parent
    return Locations(dags_folder=dags_folder, project_root=root)


def _read_runs(dag_id: str, limit: int) -> list[dict[str, Any]]:
    from airflow.utils.session import create_session

    from airspec_airflow.ui.runs import latest_runs

    with create_session() as session:
        return latest_runs(dag_id, session, limit)


def run_reader() -> RunReader:
    """Reads a DAG's newest runs from Airflow's metadata database."""
    return _read_runs


AccessDep = Annotated[Access, Depends(airflow_access)]
LocationsDep = Annotated[Locations, Depends(locations)]
RunsDep = Annotated[RunReader, Depends(run_reader)]


def _base(request: Request) -> str:
    """Where the app is mounted (``/airspec``, under Airflow's base URL path), for links."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def _listed(access: Access, where: Locations, runs: RunReader) -> tuple[list[Pipeline], dict[str, Any]]:
    pipelines = compiled_pipelines(where)
    allowed = readable(access, (p.dag_id for p in pipelines))
    pipelines = [p for p in pipelines if p.dag_id in allowed]
    with_runs = readable(access, (p.dag_id for p in pipelines), "runs")
    latest = {p.dag_id: next(iter(runs(p.dag_id, 1)), None) if p.dag_id in with_runs else None for p in pipelines}
    return pipelines, latest


def _detail(dag_id: str, access: Access, where: Locations, runs: RunReader) -> dict[str, Any]:
    if not access.may_read(dag_id):
        raise HTTPException(status_code=403, detail="Forbidden")
    pipeline = compiled_pipeline(where, dag_id)
    if pipeline is None:
        raise HTTPException(status_code=404, detail=f"no compiled airspec pipeline {dag_id!r}")
    code, with_runs = access.may_read(dag_id, "code"), access.may_read(dag_id, "runs")
    return {
        **pipeline.summary(),
        "access": {"code": code, "runs": with_runs},
        "spec_text": spec_text(pipeline, where.project_root) if code else None,
        "plan": pipeline.plan if code else None,
        "runs": runs(dag_id, LATEST_RUNS) if with_runs else None,
    }


def create_app() -> FastAPI:
    app = FastAPI(
        title="airspec",
        description="The compiled airspec pipelines of this Airflow, their provenance and latest runs.",
        docs_url=None,
        redoc_url=None,
    )

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, access: AccessDep, where: LocationsDep, runs: RunsDep) -> HTMLResponse:
        pipelines, latest = _listed(access, where, runs)
        return HTMLResponse(views.index_page(_base(request), pipelines, latest))

    @app.get("/api/pipelines")
    def pipelines(access: AccessDep, where: LocationsDep, runs: RunsDep) -> list[dict[str, Any]]:
        listed, latest = _listed(access, where, runs)
        return [{**p.summary(), "latest_run": latest[p.dag_id]} for p in listed]

    @app.get("/api/pipelines/{dag_id}")
    def pipeline(dag_id: str, access: AccessDep, where: LocationsDep, runs: RunsDep) -> dict[str, Any]:
        return _detail(dag_id, access, where, runs)

    @app.get("/pipelines/{dag_id}", response_class=HTMLResponse)
    def pipeline_page(
        dag_id: str, request: Request, access: AccessDep, where: LocationsDep, runs: RunsDep
    ) -> HTMLResponse:
        return HTMLResponse(views.pipeline_page(_base(request), _detail(dag_id, access, where, runs)))

    return app
