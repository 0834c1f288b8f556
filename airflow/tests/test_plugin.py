"""The airspec UI plugin, loaded the way Airflow loads it (the package's entry point), and its app.

The app runs through FastAPI's TestClient against copies of the example project, so that a spec can be
edited or deleted after compiling; runs and their summaries come from a real `airflow dags test` in the
end-to-end stack (see test_end_to_end.py), read in a subprocess with that stack's Airflow home.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, compile_specs


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "specs", root / "specs")
    result = compile_specs(root / "specs", root / "airflow" / "dags")
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture()
def client(project: Path, monkeypatch: pytest.MonkeyPatch):
    from fastapi.testclient import TestClient

    from airspec_airflow.ui import app as ui

    monkeypatch.setattr(ui, "dags_folder", lambda: project / "airflow" / "dags")
    monkeypatch.setattr(ui, "project_root", lambda: project)
    monkeypatch.setattr(ui, "_runs", lambda dag_id: [])
    app = ui.create_app()
    app.dependency_overrides[ui.READ_DAGS] = lambda: None
    return TestClient(app)


def test_airflow_loads_the_plugin_from_the_entry_point(tmp_path: Path):
    """In a fresh interpreter outside the source tree, as the api-server would (the tree's egg-info would count twice)."""
    script = """
import json
from airflow import plugins_manager
plugins, errors = plugins_manager._get_plugins()
apps, _ = plugins_manager.get_fastapi_plugins()
views, _ = plugins_manager._get_ui_plugins()
print(json.dumps({
    "errors": errors,
    "plugins": [p.name for p in plugins],
    "apps": [[a["name"], a["url_prefix"]] for a in apps],
    "views": views,
}))
"""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "AIRFLOW_HOME": str(tmp_path), "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded["errors"] == {}
    assert "airspec" in loaded["plugins"]
    assert ["airspec", "/airspec"] in loaded["apps"]
    assert {"name": "airspec pipelines", "href": "/airspec/", "destination": "nav", "category": "browse", "url_route": "airspec"} in loaded["views"]


def test_the_app_refuses_requests_without_a_user():
    from fastapi.testclient import TestClient

    from airspec_airflow.ui.app import create_app

    response = TestClient(create_app()).get("/api/pipelines")
    assert response.status_code in (401, 403)


def test_lists_the_example_pipelines_as_current(client):
    pipelines = client.get("/api/pipelines").json()
    assert [(p["dag_id"], p["status"], p["spec"]) for p in pipelines] == [
        ("crm_contacts", "current", "specs/crm_contacts.yaml"),
        ("shop_orders", "current", "specs/shop_orders.yaml"),
        ("supplier_feeds", "current", "specs/supplier_feeds.yaml"),
    ]
    shop = pipelines[1]
    assert shop["schedule"] == "0 2 * * *" and shop["owner"] == "data-platform"
    assert [task["id"] for task in shop["tasks"]][:2] == ["customers", "orders"]
    page = client.get("/")
    assert page.status_code == 200 and "shop_orders" in page.text


def test_warns_when_a_spec_changed_or_is_gone(client, project: Path):
    spec = project / "specs" / "shop_orders.yaml"
    original = spec.read_text()
    crm = project / "specs" / "crm_contacts.yaml"
    crm_text = crm.read_text()
    try:
        spec.write_text(original + "\n# edited after compiling\n")
        crm.unlink()
        status = {p["dag_id"]: p["status"] for p in client.get("/api/pipelines").json()}
        assert status == {"crm_contacts": "spec missing", "shop_orders": "stale", "supplier_feeds": "current"}
        page = client.get("/pipelines/shop_orders")
        assert "run `airspec compile`" in page.text
    finally:
        spec.write_text(original)
        crm.write_text(crm_text)


def test_shows_spec_and_plan_and_escapes_html(client, project: Path):
    detail = client.get("/api/pipelines/shop_orders").json()
    assert detail["spec_text"] == (project / "specs" / "shop_orders.yaml").read_text()
    assert detail["plan"]["pipeline"] == "shop_orders"
    assert client.get("/api/pipelines/nope").status_code == 404
    plan_file = project / "airflow" / "dags" / "supplier_feeds.plan.json"
    plan = json.loads(plan_file.read_text())
    saved = plan_file.read_text()
    try:
        plan["dag"]["description"] = "<script>alert(1)</script>"
        plan_file.write_text(json.dumps(plan))
        page = client.get("/").text
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    finally:
        plan_file.write_text(saved)


def test_reads_the_latest_runs_and_their_summaries_from_airflow(tmp_path: Path):
    """A real `airflow dags test` whose task returns a runtime-like summary, read back through Airflow's models."""
    dags = tmp_path / "dags"
    dags.mkdir()
    (dags / "metered.py").write_text(
        """
from datetime import datetime, timezone
from airflow.sdk import DAG, task

with DAG("metered", schedule=None, start_date=datetime(2025, 1, 1, tzinfo=timezone.utc)):
    @task(task_id="load")
    def load():
        return {"rows_read": 3, "rows_written": 2, "rows_quarantined": 1, "bytes": 99, "duration_ms": 12.5, "message": "hidden"}
    load()
"""
    )
    env = {
        "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
        "HOME": str(tmp_path),
        "AIRFLOW_HOME": str(tmp_path),
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    }
    airflow = str(Path(sys.executable).with_name("airflow"))
    subprocess.run([airflow, "db", "migrate"], env=env, check=True, capture_output=True, text=True)
    ran = subprocess.run([airflow, "dags", "test", "metered", "2025-01-02"], env=env, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr[-3000:]
    script = "import json\nfrom airflow.utils.session import create_session\nfrom airspec_airflow.ui.runs import latest_runs\n" \
        "with create_session() as session:\n    print(json.dumps(latest_runs('metered', session)))\n"
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    runs = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(runs) == 1 and runs[0]["state"] == "success"
    [load] = runs[0]["tasks"]
    assert load["task_id"] == "load" and load["state"] == "success"
    assert load["metrics"] == {"rows_read": 3, "rows_written": 2, "rows_quarantined": 1, "bytes": 99, "duration_ms": 12.5}
