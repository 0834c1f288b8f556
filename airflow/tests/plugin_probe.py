"""Run by test_plugin.py in a fresh interpreter with its own AIRFLOW_HOME and DAGs folder.

`python plugin_probe.py <dag_id> <logical date> <seeded dag_id>` runs Airflow's CLI in this process
(`airflow db migrate`, then `airflow dags test <dag_id> <date>`; one interpreter instead of three keeps the
test cheap), writes runs of `<seeded dag_id>` straight through Airflow's models (DagRun, TaskInstance,
XComModel: more runs than the page shows, in states `dags test` does not leave), then builds Airflow's
api-server app as `airflow api-server` does and asks the mounted airspec app as users with and without
access. Prints one JSON object last: what Airflow's plugin manager loaded and the responses.
"""

from __future__ import annotations

import json
import sys


def airflow(*argv: str) -> None:
    from airflow.cli import cli_parser

    args = cli_parser.get_parser().parse_args(list(argv))
    args.func(args)


# Seeded runs: six days of one pipeline, written out of order so that the page must sort by run_after.
SEEDED_DAYS = (3, 0, 5, 1, 4, 2)


def seed_runs(dag_id: str) -> None:
    """Runs `manual__seeded_<day>` on 2025-03-01 + day. In the older runs `prices` succeeded with a runtime
    summary of 100 * day rows written; the newest (day 5) is still running: `prices` has not ended,
    `catalogue` failed on its second try without a summary, `stock` returned something that is not one."""
    from datetime import datetime, timedelta, timezone

    from airflow.models.dag_version import DagVersion
    from airflow.models.dagrun import DagRun
    from airflow.models.serialized_dag import SerializedDagModel
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    from airflow.utils.state import DagRunState, TaskInstanceState
    from airflow.utils.types import DagRunType

    with create_session() as session:
        dag = SerializedDagModel.get_dag(dag_id, session=session)
        version = DagVersion.get_latest_version(dag_id, session=session)
        assert dag is not None and version is not None, f"{dag_id} is not serialized"
        for day in SEEDED_DAYS:
            start = datetime(2025, 3, 1, tzinfo=timezone.utc) + timedelta(days=day)
            newest = day == max(SEEDED_DAYS)
            run = DagRun(
                dag_id=dag_id,
                run_id=f"manual__seeded_{day}",
                run_type=DagRunType.MANUAL,
                logical_date=start,
                run_after=start,
                start_date=start,
                data_interval=(start, start + timedelta(days=1)),
                state=DagRunState.RUNNING if newest else DagRunState.SUCCESS,
            )
            session.add(run)
            session.flush()
            tasks = [("prices", TaskInstanceState.RUNNING if newest else TaskInstanceState.SUCCESS, 1)]
            if newest:
                tasks += [("catalogue", TaskInstanceState.FAILED, 2), ("stock", TaskInstanceState.SUCCESS, 1)]
            for task_id, state, try_number in tasks:
                ti = TaskInstance(dag.get_task(task_id), dag_version_id=version.id, run_id=run.run_id, state=state)
                ti.try_number, ti.start_date = try_number, start
                if state != TaskInstanceState.RUNNING:
                    ti.end_date, ti.duration = start + timedelta(seconds=1.5 + day), 1.5 + day
                session.add(ti)
            session.flush()
            summary = {
                "rows_read": 100 * day + 1,
                "rows_written": 100 * day,
                "rows_quarantined": 1,
                "bytes": 1000 * day,
                "duration_ms": 900,
                "targets": [{"table": "raw.prices", "rows_written": 100 * day}],
            }
            values = {"stock": "not a runtime summary"} if newest else {"prices": summary}
            for task_id, value in values.items():
                XComModel.set("return_value", value, dag_id=dag_id, task_id=task_id, run_id=run.run_id, session=session)


def main(dag_id: str, logical_date: str, seeded_dag_id: str) -> None:
    airflow("db", "migrate")
    airflow("dags", "test", dag_id, logical_date)
    seed_runs(seeded_dag_id)

    from airflow import plugins_manager
    from airflow.api_fastapi.app import create_app, get_auth_manager
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser
    from fastapi.testclient import TestClient

    app = create_app()
    tokens = {
        role: get_auth_manager().generate_jwt(SimpleAuthManagerUser(username=role or "nobody", role=role))
        for role in ("admin", "viewer", None)
    }
    client = TestClient(app)

    def get(path: str, role: str | None = "viewer", *, cookie: bool = False) -> dict[str, object]:
        headers = {} if role == "anonymous" or cookie else {"Authorization": f"Bearer {tokens[role]}"}
        cookies = {"_token": tokens[role]} if cookie else {}
        client.cookies.clear()
        response = client.get(path, headers=headers, cookies=cookies)
        is_json = response.headers.get("content-type", "").startswith("application/json")
        return {"status": response.status_code, "body": response.json() if is_json else response.text}

    plugins, errors = plugins_manager._get_plugins()
    fastapi_apps, _ = plugins_manager.get_fastapi_plugins()
    external_views, _ = plugins_manager._get_ui_plugins()
    result = {
        "loaded": {
            "errors": errors,
            "plugins": [{"name": p.name, "source": str(p.source)} for p in plugins],
            "fastapi_apps": [{"name": a["name"], "url_prefix": a["url_prefix"]} for a in fastapi_apps],
            "external_views": external_views,
        },
        "plugins_api": get("/api/v2/plugins", "admin"),
        "list_anonymous": get("/airspec/api/pipelines", "anonymous"),
        "page_anonymous": get("/airspec/", "anonymous"),
        "list_no_role": get("/airspec/api/pipelines", None),
        "detail_no_role": get(f"/airspec/api/pipelines/{dag_id}", None),
        "list": get("/airspec/api/pipelines"),
        "detail": get(f"/airspec/api/pipelines/{dag_id}"),
        "seeded": get(f"/airspec/api/pipelines/{seeded_dag_id}"),
        "seeded_page": get(f"/airspec/pipelines/{seeded_dag_id}", "viewer", cookie=True),
        "page_with_cookie": get("/airspec/", "viewer", cookie=True),
        "detail_page_with_cookie": get(f"/airspec/pipelines/{dag_id}", "viewer", cookie=True),
    }
    sys.stdout.write("\n" + json.dumps(result) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
