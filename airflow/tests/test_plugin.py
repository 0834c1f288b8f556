"""The airspec UI plugin: its app against compiled copies of the example project, and the plugin in Airflow.

The first tests run the FastAPI app through TestClient with its three dependencies replaced (the user's
access, the DAGs folder and project root, the run reader), so that specs can be edited or deleted after
compiling. The last ones run Airflow itself in a fresh interpreter with its own AIRFLOW_HOME
(tests/plugin_probe.py): `airflow db migrate`, `airflow dags test` of the compiled shop_orders with the
real operator (and a fake runtime, tests/fake_runtime.py, whose summary becomes the XCom return value),
runs of supplier_feeds written through Airflow's models, then Airflow's api-server app, which loads the
plugin from the package's entry point and mounts it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, compile_specs
from fake_runtime import summary

TESTS = Path(__file__).parent
PYTHON = Path(sys.executable)

RUN = {
    "run_id": "scheduled__2025-01-02T01:00:00+00:00",
    "run_type": "scheduled",
    "state": "success",
    "logical_date": "2025-01-02T01:00:00+00:00",
    "start_date": "2025-01-03T01:00:01+00:00",
    "end_date": "2025-01-03T01:00:09+00:00",
    "tasks": [
        {
            "task_id": "orders",
            "map_index": -1,
            "state": "success",
            "try_number": 2,
            "duration_s": 3.25,
            "metrics": {
                "rows_read": 12345,
                "rows_written": 12340,
                "rows_quarantined": 5,
                "bytes": 987654,
                "duration_ms": 3100,
            },
        },
        {
            "task_id": "customers",
            "map_index": -1,
            "state": "success",
            "try_number": 1,
            "duration_s": 1.5,
            "metrics": {"rows_read": 7, "rows_written": 7, "rows_quarantined": 0, "bytes": 700, "duration_ms": 1200},
        },
        {
            "task_id": "orders_checks",
            "map_index": -1,
            "state": "failed",
            "try_number": 1,
            "duration_s": 0.5,
            "metrics": None,
        },
    ],
}


class Grant:
    """Access as an auth manager would give it: everything except the listed (part, dag_id) pairs."""

    def __init__(self, *denied: tuple[str, str]) -> None:
        self.denied = set(denied)

    def may_read(self, dag_id: str, part: str = "dag") -> bool:
        return (part, dag_id) not in self.denied


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the example project compiled by the real `airspec compile`: specs/ and airflow/dags/."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "specs", root / "specs")
    result = compile_specs(root / "specs", root / "airflow" / "dags")
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture()
def app(project: Path):
    from airspec_airflow.ui import app as ui
    from airspec_airflow.ui.catalog import Locations

    app = ui.create_app()
    app.dependency_overrides[ui.airflow_access] = lambda: Grant()
    app.dependency_overrides[ui.locations] = lambda: Locations(project / "airflow" / "dags", project)
    app.dependency_overrides[ui.run_reader] = lambda: (
        lambda dag_id, limit: [RUN][:limit] if dag_id == "shop_orders" else []
    )
    return app


@pytest.fixture()
def client(app):
    from fastapi.testclient import TestClient

    return TestClient(app)


@pytest.fixture()
def edit(project: Path):
    """Change a file of the project for one test; every change is undone afterwards."""
    saved: dict[Path, str] = {}

    def change(relative: str, text: str | None) -> Path:
        path = project / relative
        saved.setdefault(path, path.read_text(encoding="utf-8"))
        if text is None:
            path.unlink()
        else:
            path.write_text(text, encoding="utf-8")
        return path

    yield change
    for path, text in saved.items():
        path.write_text(text, encoding="utf-8")


def test_importing_the_plugin_builds_nothing(tmp_path: Path):
    """Every Airflow process imports plugins, each task's runner too: the app waits for the api-server."""
    script = (
        "import sys, airspec_airflow.plugin as p\n"
        "print(sorted(m for m in ('fastapi', 'airflow.api_fastapi.core_api.security', 'airspec_airflow.ui.app')"
        " if m in sys.modules))\n"
        "print(p.AirspecPlugin.fastapi_apps[0]['app']._app, p.AirspecPlugin.external_views[0]['href'])\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "AIRFLOW_HOME": str(tmp_path),
        # behind a proxy at /airflow, Airflow mounts the app at /airflow/airspec: the link follows
        "AIRFLOW__API__BASE_URL": "https://airflow.example.com/airflow",
    }
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines()[-2:] == ["[]", "None /airflow/airspec/"]


def test_lists_the_example_pipelines_as_current(client):
    pipelines = client.get("/api/pipelines").json()
    assert [(p["dag_id"], p["status"], p["spec"]) for p in pipelines] == [
        ("crm_contacts", "current", "specs/crm_contacts.yaml"),
        ("shop_orders", "current", "specs/shop_orders.yaml"),
        ("supplier_feeds", "current", "specs/supplier_feeds.yaml"),
    ]
    shop = pipelines[1]
    assert shop["compiled_sha256"] == shop["current_sha256"]
    assert (shop["schedule"], shop["owner"], shop["dag_file"]) == ("0 2 * * *", "data-platform", "shop_orders.py")
    assert [task["id"] for task in shop["tasks"]] == ["customers", "orders", "fx_rates", "orders_checks"]
    assert shop["latest_run"]["run_id"] == RUN["run_id"] and pipelines[0]["latest_run"] is None
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<a href="/pipelines/shop_orders">shop_orders</a>' in page.text
    assert "customers, orders, fx_rates, orders_checks" in page.text
    assert "12,347" in page.text  # rows written by the newest run's tasks
    assert "airspec compile" not in page.text


def test_flags_a_spec_edited_after_compiling_and_a_deleted_one(client, edit, project: Path):
    spec = project / "specs" / "shop_orders.yaml"
    edit("specs/shop_orders.yaml", spec.read_text(encoding="utf-8") + "\n# edited after compiling\n")
    edit("specs/crm_contacts.yaml", None)
    pipelines = {p["dag_id"]: p for p in client.get("/api/pipelines").json()}
    assert {dag_id: p["status"] for dag_id, p in pipelines.items()} == {
        "crm_contacts": "spec missing",
        "shop_orders": "stale",
        "supplier_feeds": "current",
    }
    assert pipelines["shop_orders"]["current_sha256"] != pipelines["shop_orders"]["compiled_sha256"]
    assert pipelines["crm_contacts"]["current_sha256"] is None
    page = client.get("/").text
    assert "Specs changed since they were compiled: shop_orders. Run `airspec compile`" in page
    assert "Compiled from specs that are not in the project: crm_contacts." in page
    assert 'class="status-stale"' in page and 'class="status-spec-missing"' in page
    assert (
        "provenance: stale — the spec changed since it was compiled: run `airspec compile`"
        in client.get("/pipelines/shop_orders").text
    )
    detail = client.get("/api/pipelines/crm_contacts").json()
    assert (
        detail["status"] == "spec missing"
        and detail["spec_text"] is None
        and detail["plan"]["pipeline"] == "crm_contacts"
    )
    assert "The spec file is not in the project." in client.get("/pipelines/crm_contacts").text


def test_shows_one_pipeline_with_its_spec_plan_and_latest_runs(client, project: Path):
    detail = client.get("/api/pipelines/shop_orders").json()
    assert detail["spec_text"] == (project / "specs" / "shop_orders.yaml").read_text(encoding="utf-8")
    assert detail["plan"] == json.loads((project / "airflow" / "dags" / "shop_orders.plan.json").read_text())
    assert detail["runs"] == [RUN] and detail["access"] == {"code": True, "runs": True}
    page = client.get("/pipelines/shop_orders").text
    assert "&#34;pipeline&#34;: &#34;shop_orders&#34;," in page  # the plan, pretty-printed
    assert "max_active_runs: 1" in page  # the spec
    # one row per task, in the plan's order: customers before orders; numbers formatted, durations in s
    assert page.index("<td>customers</td><td>success</td>") < page.index("<td>orders</td><td>success</td>")
    assert all(cell in page for cell in ("12,345", "12,340", "987,654", "3.1 s", "3.2 s", "<td>failed</td>"))
    assert client.get("/api/pipelines/nope").status_code == 404
    assert client.get("/pipelines/nope").status_code == 404


def test_escapes_what_it_shows(client, edit, project: Path):
    plan_file = project / "airflow" / "dags" / "supplier_feeds.plan.json"
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    plan["dag"]["description"] = "<script>alert(1)</script>"
    plan["dag"]["owner"] = '"><img src=x onerror=alert(2)>'
    plan["tasks"][0]["id"] = "<b>prices</b>"
    edit("airflow/dags/supplier_feeds.plan.json", json.dumps(plan))
    spec = project / "specs" / "supplier_feeds.yaml"
    edit("specs/supplier_feeds.yaml", spec.read_text(encoding="utf-8") + "# </pre><script>alert(3)</script>\n")
    for page in (client.get("/").text, client.get("/pipelines/supplier_feeds").text):
        assert "<script>" not in page and "<img" not in page and "<b>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
        assert "&lt;b&gt;prices&lt;/b&gt;" in page
    assert "&lt;/pre&gt;&lt;script&gt;alert(3)&lt;/script&gt;" in client.get("/pipelines/supplier_feeds").text


def test_shows_only_what_the_user_may_read(app):
    from fastapi.testclient import TestClient

    from airspec_airflow.ui import app as ui

    app.dependency_overrides[ui.airflow_access] = lambda: Grant(
        ("dag", "crm_contacts"), ("code", "shop_orders"), ("runs", "shop_orders")
    )
    client = TestClient(app)
    listed = client.get("/api/pipelines").json()
    assert [p["dag_id"] for p in listed] == ["shop_orders", "supplier_feeds"]
    assert listed[0]["latest_run"] is None
    assert "crm_contacts" not in client.get("/").text
    assert client.get("/api/pipelines/crm_contacts").status_code == 403
    assert client.get("/pipelines/crm_contacts").status_code == 403
    assert client.get("/api/pipelines/nope").status_code == 404
    detail = client.get("/api/pipelines/shop_orders").json()
    assert detail["access"] == {"code": False, "runs": False}
    assert (detail["spec_text"], detail["plan"], detail["runs"]) == (None, None, None)
    page = client.get("/pipelines/shop_orders").text
    assert "You may not read this DAG&#39;s runs." in page and "You may not read this DAG&#39;s code." in page
    assert "max_active_runs" not in page


def test_counts_only_files_airspec_generated(client, edit, project: Path):
    dags = project / "airflow" / "dags"
    try:
        (dags / "handwritten.py").write_text("# spec: specs/x.yaml\n# spec-sha256: " + "0" * 64 + "\n")
        (dags / "handwritten.plan.json").write_text('{"pipeline": "handwritten"}')
        shutil.copy(dags / "shop_orders.py", dags / "plan_gone.py")
        header = (dags / "crm_contacts.py").read_text(encoding="utf-8")
        edit(
            "airflow/dags/crm_contacts.py",
            header.replace("# spec: specs/crm_contacts.yaml", "# spec: ../specs/crm_contacts.yaml"),
        )
        pipelines = {p["dag_id"]: p["status"] for p in client.get("/api/pipelines").json()}
    finally:
        for name in ("handwritten.py", "handwritten.plan.json", "plan_gone.py"):
            (dags / name).unlink(missing_ok=True)
    # no provenance header, no plan: not airspec's; a spec path leading out of the project is not followed
    assert pipelines == {"crm_contacts": "spec missing", "shop_orders": "current", "supplier_feeds": "current"}


# --- in Airflow 3.3 itself -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(project: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `airflow dags test` of the compiled shop_orders with the real operator, runs of supplier_feeds
    written through Airflow's models, then what Airflow's api-server app answers (tests/plugin_probe.py)."""
    home = tmp_path_factory.mktemp("airflow-home")
    env = {
        "PATH": f"{PYTHON.parent}:/usr/bin:/bin",
        "HOME": str(home),
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(project / "airflow" / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRSPEC_NODE": str(PYTHON),
        "AIRSPEC_RUNTIME": str(TESTS / "fake_runtime.py"),
        "AIRFLOW_CONN_SHOP_PG": "postgres://shop@localhost/shop",
        "AIRFLOW_CONN_DWH_PG": "postgres://dwh@localhost/dwh",
        "AIRFLOW_CONN_KAFKA_DEFAULT": "kafka://localhost:9092",
        "AIRFLOW_CONN_FX_RATES_DIR": json.dumps({"conn_type": "fs", "extra": {"path": str(home)}}),
    }
    probe = subprocess.run(
        [str(PYTHON), str(TESTS / "plugin_probe.py"), "shop_orders", "2025-01-02", "supplier_feeds"],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert probe.returncode == 0, (probe.stdout + probe.stderr)[-4000:]
    return json.loads(probe.stdout.strip().splitlines()[-1])


def test_airflow_loads_the_plugin_from_the_entry_point(served: dict[str, Any]):
    loaded = served["loaded"]
    assert loaded["errors"] == {}
    [plugin] = [p for p in loaded["plugins"] if p["name"] == "airspec"]
    assert (
        plugin["source"].startswith("airspec-airflow==") and "airspec_airflow.plugin:AirspecPlugin" in plugin["source"]
    )
    assert {"name": "airspec", "url_prefix": "/airspec"} in loaded["fastapi_apps"]
    nav = {
        "name": "airspec pipelines",
        "href": "/airspec/",
        "destination": "nav",
        "category": "browse",
        "url_route": "airspec",
    }
    assert nav in loaded["external_views"]
    # and the UI learns about the link from Airflow's REST API
    assert served["plugins_api"]["status"] == 200
    [listed] = [p for p in served["plugins_api"]["body"]["plugins"] if p["name"] == "airspec"]
    assert [(v["name"], v["href"], v["url_route"]) for v in listed["external_views"]] == [
        ("airspec pipelines", "/airspec/", "airspec")
    ]


def test_the_api_server_serves_the_app_behind_airflow_auth(served: dict[str, Any]):
    assert served["list_anonymous"]["status"] == 401
    assert served["page_anonymous"]["status"] == 401
    assert served["list_no_role"] == {"status": 200, "body": []}
    assert served["detail_no_role"]["status"] == 403
    assert served["list"]["status"] == 200
    assert [(p["dag_id"], p["status"]) for p in served["list"]["body"]] == [
        ("crm_contacts", "current"),
        ("shop_orders", "current"),
        ("supplier_feeds", "current"),
    ]
    # the UI shows the page in an iframe: the browser sends Airflow's JWT cookie; links keep the mount path
    page = served["page_with_cookie"]
    assert page["status"] == 200 and '<a href="/airspec/pipelines/shop_orders">shop_orders</a>' in page["body"]
    assert served["detail_page_with_cookie"]["status"] == 200
    assert '<a href="/airspec/">all airspec pipelines</a>' in served["detail_page_with_cookie"]["body"]


def test_latest_runs_carry_the_runtime_summary_from_xcom(served: dict[str, Any]):
    [run] = served["detail"]["body"]["runs"]
    assert run["state"] == "success" and run["logical_date"].startswith("2025-01-02")
    tasks = {task["task_id"]: task for task in run["tasks"]}
    assert sorted(tasks) == ["customers", "fx_rates", "orders", "orders_checks"]
    for task_id, task in tasks.items():
        expected = summary("shop_orders", task_id)
        assert task["state"] == "success" and task["try_number"] == 1 and task["duration_s"] > 0
        # the counts and timings of the summary, nothing else (no targets, checks or messages)
        assert task["metrics"] == {
            name: expected[name] for name in ("rows_read", "rows_written", "rows_quarantined", "bytes", "duration_ms")
        }
    [shop] = [p for p in served["list"]["body"] if p["dag_id"] == "shop_orders"]
    assert shop["latest_run"]["run_id"] == run["run_id"]
    page = served["detail_page_with_cookie"]["body"]
    assert "<td>orders</td><td>success</td>" in page and "60,000" in page  # orders: 60 rows, 60,000 bytes
    assert "secret_table" not in page


def test_latest_runs_are_the_newest_five_read_through_the_models(served: dict[str, Any]):
    """Six runs of supplier_feeds written out of order through DagRun, TaskInstance and XComModel
    (plugin_probe.seed_runs): the newest five by run_after, every task instance, summaries only where they are."""
    runs = served["seeded"]["body"]["runs"]
    assert [run["run_id"] for run in runs] == [f"manual__seeded_{day}" for day in (5, 4, 3, 2, 1)]
    newest, *older = runs
    assert newest["state"] == "running" and newest["logical_date"] == "2025-03-06T00:00:00+00:00"
    assert {t["task_id"]: (t["state"], t["try_number"], t["duration_s"], t["metrics"]) for t in newest["tasks"]} == {
        "catalogue": ("failed", 2, 6.5, None),  # failed: no summary
        "prices": ("running", 1, None, None),  # not ended
        "stock": ("success", 1, 6.5, None),  # its return value is not a runtime summary
    }
    for day, run in zip((4, 3, 2, 1), older, strict=True):
        [task] = run["tasks"]
        assert (run["state"], task["task_id"], task["state"], task["duration_s"]) == (
            "success",
            "prices",
            "success",
            1.5 + day,
        )
        assert task["metrics"] == {
            "rows_read": 100 * day + 1,
            "rows_written": 100 * day,
            "rows_quarantined": 1,
            "bytes": 1000 * day,
            "duration_ms": 900,
        }
    [feeds] = [p for p in served["list"]["body"] if p["dag_id"] == "supplier_feeds"]
    assert feeds["latest_run"]["run_id"] == "manual__seeded_5"
    page = served["seeded_page"]["body"]
    assert served["seeded_page"]["status"] == 200 and "manual__seeded_0" not in page
    assert "<td>manual__seeded_5</td><td>running</td><td>catalogue</td><td>failed</td>" in page
    assert "<td>manual__seeded_4</td><td>success</td><td>prices</td><td>success</td>" in page
    assert '<td class="num">5.5 s</td>' in page and '<td class="num">401</td><td class="num">400</td>' in page
    assert "raw.prices" not in page  # the summary's targets are not shown
