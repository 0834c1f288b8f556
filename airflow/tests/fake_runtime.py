"""Stands in for the airspec runtime (AIRSPEC_NODE=python, AIRSPEC_RUNTIME=this file) in test_plugin.py.

Writes a summary of the shape of runtime/summary.ts to AIRSPEC_SUMMARY_FILE, as the real runtime does, so
the real operator pushes it as the task's XCom return value. The numbers derive from the task id.
"""

from __future__ import annotations

import argparse
import json
import os


def summary(pipeline: str, task: str) -> dict[str, object]:
    rows = 10 * len(task)
    return {
        "pipeline": pipeline,
        "task": task,
        "kind": "load",
        "dag_run_id": os.environ.get("AIRSPEC_DAG_RUN_ID", ""),
        "try_number": int(os.environ.get("AIRSPEC_TRY_NUMBER", "1")),
        "interval_start": os.environ.get("AIRSPEC_DATA_INTERVAL_START"),
        "interval_end": os.environ.get("AIRSPEC_DATA_INTERVAL_END"),
        "full_refresh": False,
        "status": "success",
        "rows_read": rows + 1,
        "rows_written": rows,
        "rows_quarantined": 1,
        "bytes": 1000 * rows,
        "batches": 1,
        "duration_ms": 250,
        "rows_per_second": 4 * rows,
        "peak_rss_mib": 64,
        "targets": [{"connection": "dwh", "table": "raw.<b>secret_table</b>", "rows_written": rows}],
        "checks": ["row_count of raw.orders within bounds"],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plan", required=True)
    parser.add_argument("--task", required=True)
    args = parser.parse_args()
    with open(args.plan, encoding="utf-8") as handle:
        pipeline = json.load(handle)["pipeline"]
    with open(os.environ["AIRSPEC_SUMMARY_FILE"], "w", encoding="utf-8") as handle:
        json.dump(summary(pipeline, args.task), handle)
    print(f"INFO fake runtime ran {pipeline}.{args.task}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
