"""AirspecOperator on its own: cheap to construct, strict about the plan it runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from airflow.sdk import DAG

from airspec_airflow import AirspecOperator
from airspec_airflow.operators import PlanMismatchError


def make_operator(plan: Path, sha: str = "abc", task_id: str = "load") -> AirspecOperator:
    with DAG(dag_id="operator_test", schedule=None):
        return AirspecOperator(task_id=task_id, plan=str(plan), spec_sha256=sha, connections={"dwh": "dwh_pg"})


def write_plan(path: Path, sha: str = "abc") -> Path:
    plan = {"airspec_plan": 1, "spec": {"path": "specs/x.yaml", "sha256": sha}, "tasks": [{"id": "load", "kind": "sql"}]}
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path


def test_construction_never_reads_the_plan(tmp_path: Path):
    operator = make_operator(tmp_path / "missing.plan.json")
    assert operator.connections == {"dwh": "dwh_pg"}
    assert operator.template_fields == ()


def test_finds_its_task_in_a_matching_plan(tmp_path: Path):
    operator = make_operator(write_plan(tmp_path / "x.plan.json"))
    assert operator.load_plan_task() == {"id": "load", "kind": "sql"}


def test_refuses_a_plan_compiled_from_another_spec(tmp_path: Path):
    operator = make_operator(write_plan(tmp_path / "x.plan.json", sha="other"))
    with pytest.raises(PlanMismatchError):
        operator.load_plan_task()


def test_refuses_a_task_missing_from_the_plan(tmp_path: Path):
    operator = make_operator(write_plan(tmp_path / "x.plan.json"), task_id="elsewhere")
    with pytest.raises(PlanMismatchError):
        operator.load_plan_task()
