"""The parse benchmark's Airflow side, run by bench/parse/run.ts in a fresh interpreter each time.

    python dagbag.py fill <dags folder>         fill a DagBag, print its timings as JSON
    python dagbag.py fingerprint <dags folder>  print what each loaded DAG is made of, as JSON

`fill` times `DagBag(dag_folder=…)` once Airflow itself is imported (both sides need it; importing the
operator package or dag-factory happens inside the fill and counts) and reports Airflow's own per-file
parse durations (`dagbag_stats`). Airflow 3.3's DagBag has no `include_examples`: run.ts keeps examples
off with AIRFLOW__CORE__LOAD_EXAMPLES=False.

`fingerprint` is how the bench proves the two sides build the same DAGs: everything a DAG and its tasks
are made of that the pipeline defines, normalised so that equal DAGs print equally.
"""

from __future__ import annotations

import datetime
import json
import math
import statistics
import sys
import time
from pathlib import Path


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def fill(folder: str) -> dict:
    from airflow.dag_processing.dagbag import DagBag

    rss_before = rss_mib()
    started = time.perf_counter()
    bag = DagBag(dag_folder=folder)
    seconds = time.perf_counter() - started
    durations = sorted(stat.duration.total_seconds() for stat in bag.dagbag_stats)
    return {
        "fill_s": seconds,
        "dags": len(bag.dags),
        "tasks": sum(len(dag.tasks) for dag in bag.dags.values()),
        "import_errors": len(bag.import_errors),
        "first_error": next(iter(bag.import_errors.values()), None),
        "files": len(durations),
        "file_sum_s": sum(durations),
        "file_median_ms": statistics.median(durations or [0]) * 1000,
        "file_p95_ms": (durations or [0])[max(0, math.ceil(len(durations) * 0.95) - 1)] * 1000,
        "file_max_ms": max(durations or [0]) * 1000,
        "rss_added_mib": rss_mib() - rss_before,
    }


def plain(value):
    """A JSON-comparable form: durations in seconds, dates as ISO instants, assets as URIs."""
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, datetime.datetime):
        return (value if value.tzinfo is None else value.astimezone(datetime.timezone.utc)).isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [plain(v) for v in value]
        return sorted(items, key=json.dumps) if isinstance(value, (set, frozenset)) else items
    if hasattr(value, "uri"):
        return value.uri
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


# dag-factory appends the YAML it read to doc_md, and the tag "dagfactory"; neither is the pipeline's.
YML_SECTION = "\n## YML DAG\n"
DAG_FACTORY_TAG = "dagfactory"


def fingerprint(folder: str) -> dict:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=folder)
    if bag.import_errors:
        raise SystemExit(f"import errors in {folder}: {next(iter(bag.import_errors.values()))}")
    dags = {}
    for dag_id, dag in sorted(bag.dags.items()):
        doc_md = dag.doc_md.split(YML_SECTION, 1)[0] if dag.doc_md else dag.doc_md
        if doc_md and doc_md.startswith("## YML DAG\n"):
            doc_md = None
        dags[dag_id] = plain(
            {
                "description": dag.description,
                "doc_md": doc_md,
                "timetable": [type(dag.timetable).__name__, dag.timetable.expression, dag.timetable.timezone],
                "start_date": dag.start_date,
                "end_date": dag.end_date,
                "catchup": dag.catchup,
                "max_active_runs": dag.max_active_runs,
                "max_active_tasks": dag.max_active_tasks,
                "owner": dag.owner,
                "tags": sorted(tag for tag in dag.tags if tag != DAG_FACTORY_TAG),
                "default_args": dag.default_args,
                "params": {name: dag.params.get_param(name).dump() for name in dag.params},
                "tasks": {
                    task.task_id: {
                        "type": f"{type(task).__module__}.{type(task).__name__}",
                        "upstream": sorted(task.upstream_task_ids),
                        "owner": task.owner,
                        "retries": task.retries,
                        "retry_delay": task.retry_delay,
                        "retry_exponential_backoff": task.retry_exponential_backoff,
                        "execution_timeout": task.execution_timeout,
                        "pool": task.pool,
                        "doc_md": task.doc_md,
                        "outlets": task.outlets,
                        "start_date": task.start_date,
                        "trigger_rule": str(task.trigger_rule),
                        "plan": getattr(task, "plan", None),
                        "spec_sha256": getattr(task, "spec_sha256", None),
                        "connections": getattr(task, "connections", None),
                    }
                    for task in sorted(dag.tasks, key=lambda t: t.task_id)
                },
            }
        )
    return dags


if __name__ == "__main__":
    mode, folder = sys.argv[1], sys.argv[2]
    result = fill(folder) if mode == "fill" else fingerprint(folder)
    print(json.dumps(result, default=str))
