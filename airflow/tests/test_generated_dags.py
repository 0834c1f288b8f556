"""Every compiled DAG (the examples and the kitchen-sink golden) loads in real Airflow 3 exactly as its spec says."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import jsonschema
import pendulum
import pytest
import yaml
from airflow.sdk import CronDataIntervalTimetable

from conftest import ROOT, load_dagbag

# (spec folder, folder of the DAGs compiled from it)
FOLDERS = [(ROOT / "specs", ROOT / "airflow" / "dags"), (ROOT / "test/golden/specs", ROOT / "test/golden/dags")]
SPECS = [(spec, dags) for specs, dags in FOLDERS for spec in sorted(specs.glob("*.yaml"))]
CRON_PRESETS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@quarterly": "0 0 1 */3 *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}


@pytest.fixture(scope="module")
def dagbags():
    return {dags: load_dagbag(dags) for _, dags in FOLDERS}


def spec_of(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def plan_of(dags: Path, pipeline: str) -> dict:
    return json.loads((dags / f"{pipeline}.plan.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("specs", "dags"), FOLDERS, ids=["examples", "golden"])
def test_every_dag_imports_without_errors(dagbags, specs: Path, dags: Path):
    dagbag = dagbags[dags]
    assert dagbag.import_errors == {}
    assert sorted(dagbag.dag_ids) == sorted(spec_of(path)["pipeline"] for path in specs.glob("*.yaml"))


@pytest.mark.parametrize(("spec_path", "dags"), SPECS, ids=lambda value: value.stem)
def test_spec_validates_against_the_json_schema(spec_path: Path, dags: Path):
    schema = json.loads((ROOT / "schema" / "airspec.schema.json").read_text(encoding="utf-8"))
    # PyYAML reads dates as date objects; the spec language keeps them as ISO text
    spec = json.loads(json.dumps(spec_of(spec_path), default=lambda value: value.isoformat()))
    jsonschema.Draft7Validator(schema).validate(spec)


def seconds(duration) -> int:
    """Seconds of a spec duration: a number, or text such as 1h30m."""
    if isinstance(duration, int):
        return duration
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    return sum(int(amount) * units[unit] for amount, unit in re.findall(r"(\d+)([dhms])", duration))


def expected_date(value, timezone: str) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return pendulum.datetime(value.year, value.month, value.day, tz=timezone)
    return pendulum.parse(value)


@pytest.mark.parametrize(("spec_path", "dags"), SPECS, ids=lambda value: value.stem)
def test_dag_matches_spec(dagbags, spec_path: Path, dags: Path):
    spec = spec_of(spec_path)
    dag = dagbags[dags].dags[spec["pipeline"]]
    assert dag is not None

    assert dag.dag_id == spec["pipeline"]
    assert dag.doc_md == spec.get("description")
    assert dag.catchup == spec.get("catchup", False)
    assert set(dag.tags) == set(spec.get("tags", []))
    assert dag.owner == spec["owner"]
    timezone = spec.get("timezone", "UTC")
    assert dag.start_date == expected_date(spec["start_date"], timezone)
    assert str(dag.timezone.name) == timezone
    assert dag.max_active_runs == spec.get("max_active_runs", 1)
    if "end_date" in spec:
        assert dag.end_date == expected_date(spec["end_date"], timezone)
    else:
        assert dag.end_date is None

    schedule = spec.get("schedule")
    if schedule is None:
        assert dag.schedule is None
    elif isinstance(schedule, dict):
        condition = dag.timetable.asset_condition
        assets = condition.objects if len(schedule["assets"]) > 1 else [condition]
        assert [asset.uri for asset in assets] == schedule["assets"]
    elif schedule in ("@once", "@continuous"):
        assert dag.schedule == schedule
    else:
        # cron schedules carry data intervals, which incremental loads select rows by
        assert isinstance(dag.timetable, CronDataIntervalTimetable)
        assert dag.timetable.expression == CRON_PRESETS.get(schedule, schedule)
        assert str(getattr(dag.timetable.timezone, "name", dag.timetable.timezone)) == timezone

    defaults = spec.get("defaults", {})
    tasks = spec["tasks"]
    assert sorted(dag.task_ids) == sorted(tasks)
    for task_id, task_spec in tasks.items():
        task = dag.get_task(task_id)
        assert task.retries == task_spec.get("retries", defaults.get("retries", 2))
        assert task.owner == spec["owner"]
        assert set(task.upstream_task_ids) == set(task_spec.get("depends_on", []))
        if "pool" in defaults or "pool" in task_spec:
            assert task.pool == task_spec.get("pool", defaults.get("pool"))
        retry_delay = task_spec.get("retry_delay", defaults.get("retry_delay", "5m"))
        assert task.retry_delay == datetime.timedelta(seconds=seconds(retry_delay))
        timeout = task_spec.get("execution_timeout", defaults.get("execution_timeout"))
        assert task.execution_timeout == (None if timeout is None else datetime.timedelta(seconds=seconds(timeout)))
        backoff = defaults.get("retry_exponential_backoff", False)
        assert task.retry_exponential_backoff == (2 if backoff is True else 0 if backoff is False else backoff)

    params = spec.get("params", {})
    assert list(dag.params.keys()) == list(params)
    for name, param_spec in params.items():
        param = dag.params.get_param(name)
        assert param.value == param_spec.get("default")
        assert param.description == param_spec.get("description")
        schema = param.schema
        expected_type = param_spec["type"] if "default" in param_spec else [param_spec["type"], "null"]
        assert schema["type"] == expected_type
        for key in ("title", "format", "minimum", "maximum"):
            assert schema.get(key) == param_spec.get(key)
        for spec_key, schema_key in (("min_length", "minLength"), ("max_length", "maxLength")):
            assert schema.get(schema_key) == param_spec.get(spec_key)
        for spec_key, schema_key in (("min_items", "minItems"), ("max_items", "maxItems")):
            assert schema.get(schema_key) == param_spec.get(spec_key)
        if "enum" in param_spec:
            # an optional field must also accept "no value"
            assert schema["enum"] == param_spec["enum"] + ([] if "default" in param_spec else [None])
        if param_spec["type"] == "array":
            assert schema["items"]["type"] == param_spec["items"]["type"]
            assert schema["items"].get("enum") == param_spec["items"].get("enum")


@pytest.mark.parametrize(("spec_path", "dags"), SPECS, ids=lambda value: value.stem)
def test_operators_are_configured_from_the_plan(dagbags, spec_path: Path, dags: Path):
    spec = spec_of(spec_path)
    plan = plan_of(dags, spec["pipeline"])
    dag = dagbags[dags].dags[spec["pipeline"]]
    for planned in plan["tasks"]:
        task = dag.get_task(planned["id"])
        assert task.plan == str(dags / f"{spec['pipeline']}.plan.json")
        assert task.spec_sha256 == plan["spec"]["sha256"]
        assert task.connections == {name: plan["connections"][name]["conn_id"] for name in planned["connections"]}
        assert task.load_plan_task() == planned
