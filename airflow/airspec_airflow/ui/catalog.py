"""The compiled pipelines in a DAGs folder and whether each is still what its spec says.

Pure file reading: a DAG file counts when it carries airspec's provenance header and has its plan next to
it. The header's ``spec-sha256`` is compared with the spec file as it is now, under the project root.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

HEADER_LINES = 8
SPEC = re.compile(r"^# spec: (?P<path>.+)$", re.MULTILINE)
SHA = re.compile(r"^# spec-sha256: (?P<sha>[0-9a-f]{64})$", re.MULTILINE)

Status = Literal["current", "stale", "spec missing"]


@dataclass(frozen=True)
class Pipeline:
    dag_id: str
    dag_file: str
    spec_path: str
    compiled_sha256: str
    current_sha256: str | None
    plan: dict[str, Any] = field(repr=False)

    @property
    def status(self) -> Status:
        if self.current_sha256 is None:
            return "spec missing"
        return "current" if self.current_sha256 == self.compiled_sha256 else "stale"

    def summary(self) -> dict[str, Any]:
        dag = self.plan.get("dag", {})
        return {
            "dag_id": self.dag_id,
            "dag_file": self.dag_file,
            "spec": self.spec_path,
            "status": self.status,
            "compiled_sha256": self.compiled_sha256,
            "current_sha256": self.current_sha256,
            "description": dag.get("description"),
            "schedule": schedule_text(dag.get("schedule")),
            "owner": dag.get("owner"),
            "tasks": [
                {"id": task.get("id"), "kind": task.get("kind"), "depends_on": task.get("depends_on", [])}
                for task in self.plan.get("tasks", [])
            ],
        }


def schedule_text(schedule: Any) -> str:
    """The plan's schedule as a person writes it: a cron, a preset, `assets: …` or none."""
    if not isinstance(schedule, dict):
        return "none" if schedule is None else str(schedule)
    for key in ("expression", "preset"):
        if isinstance(schedule.get(key), str):
            return schedule[key]
    if schedule.get("uris"):
        return "assets: " + ", ".join(str(uri) for uri in schedule["uris"])
    return str(schedule.get("kind", "none"))


def _header(dag_file: Path) -> str:
    with dag_file.open(encoding="utf-8", errors="replace") as handle:
        return "".join(handle.readline() for _ in range(HEADER_LINES))


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _inside(root: Path, relative: str) -> Path | None:
    """The spec under the project root; a header pointing outside it is not followed."""
    candidate = (root / relative).resolve()
    return candidate if candidate.is_relative_to(root.resolve()) else None


def compiled_pipelines(dags_folder: Path, project_root: Path) -> list[Pipeline]:
    pipelines: list[Pipeline] = []
    for dag_file in sorted(dags_folder.glob("*.py")):
        plan_file = dag_file.with_suffix(".plan.json")
        if not plan_file.is_file():
            continue
        header = _header(dag_file)
        spec, sha = SPEC.search(header), SHA.search(header)
        if spec is None or sha is None:
            continue
        try:
            plan = json.loads(plan_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        spec_file = _inside(project_root, spec["path"])
        pipelines.append(
            Pipeline(
                dag_id=str(plan.get("pipeline", dag_file.stem)),
                dag_file=dag_file.name,
                spec_path=spec["path"],
                compiled_sha256=sha["sha"],
                current_sha256=None if spec_file is None else _sha256(spec_file),
                plan=plan,
            )
        )
    return pipelines


def spec_text(pipeline: Pipeline, project_root: Path) -> str | None:
    spec_file = _inside(project_root, pipeline.spec_path)
    try:
        return None if spec_file is None else spec_file.read_text(encoding="utf-8")
    except OSError:
        return None
