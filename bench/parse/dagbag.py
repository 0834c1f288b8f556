"""Fills an Airflow DagBag from one folder in a fresh interpreter and prints what it took, as JSON.

Run by bench/parse/run.ts, once per measurement: `python dagbag.py <dags folder>`.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

folder = sys.argv[1]
started = time.perf_counter()
from airflow.dag_processing.dagbag import DagBag  # noqa: E402  (the import is part of neither side's cost)

imported = time.perf_counter()
bag = DagBag(dag_folder=folder)
filled = time.perf_counter()
durations = [stat.duration.total_seconds() for stat in bag.dagbag_stats]
print(
    json.dumps(
        {
            "fill_s": filled - imported,
            "dags": len(bag.dags),
            "tasks": sum(len(dag.tasks) for dag in bag.dags.values()),
            "import_errors": len(bag.import_errors),
            "first_error": next(iter(bag.import_errors.values()), None),
            "files": len(durations),
            "file_median_ms": statistics.median(durations) * 1000 if durations else 0,
            "file_p95_ms": sorted(durations)[int(len(durations) * 0.95)] * 1000 if durations else 0,
        }
    )
)
