"""Shared fixtures: an isolated AIRFLOW_HOME, the compiled example DAGs, and a way to compile specs."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_home = tempfile.mkdtemp(prefix="airspec-airflow-home-")
os.environ.setdefault("AIRFLOW_HOME", _home)
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__UNIT_TEST_MODE", "True")


def compile_specs(specs: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Run the real `airspec compile` CLI, as users do, from the project that holds `specs`."""
    project = specs.parent
    return subprocess.run(
        ["node", str(ROOT / "bin" / "airspec.mjs"), "compile", str(specs.relative_to(project)), "--out", str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def load_dagbag(folder: Path):
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(folder), safe_mode=True)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
