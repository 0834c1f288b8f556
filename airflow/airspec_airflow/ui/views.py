"""The HTML pages: view-models of plain strings, rendered by Jinja2 with autoescape on.

Templates only loop; every value is prepared here, and Jinja2 escapes each one, so nothing read from a
plan, a spec or a run reaches the page as markup. No scripts, no external assets.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any
from urllib.parse import quote

from jinja2 import DictLoader, Environment, StrictUndefined
from markupsafe import Markup

from airspec_airflow.ui.catalog import Pipeline

_STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}
table{border-collapse:collapse;margin-bottom:1rem}
td,th{border:1px solid #d0d0d0;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3} td.num{text-align:right;font-variant-numeric:tabular-nums}
.status-stale,.status-spec-missing,.warning{color:#a40000;font-weight:600}
.status-current{color:#1f6f2b} .description{white-space:pre-wrap}
pre{background:#f6f6f6;padding:1rem;overflow:auto;font-size:.85rem} code{font-size:.9em}
"""

_BASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>{{ style }}</style></head>
<body>{% block body %}{% endblock %}</body></html>
"""

_INDEX = """{% extends "base.html" %}{% block body %}
<h1>airspec pipelines</h1>
{% for warning in warnings %}<p class="warning">{{ warning }}</p>{% endfor %}
<table>
<tr><th>pipeline</th><th>description</th><th>schedule</th><th>owner</th><th>tasks</th><th>spec</th>
<th>provenance</th><th>latest run</th><th>rows written</th></tr>
{% for row in rows %}<tr>
<td><a href="{{ row.href }}">{{ row.dag_id }}</a></td><td>{{ row.description }}</td>
<td><code>{{ row.schedule }}</code></td><td>{{ row.owner }}</td><td>{{ row.tasks }}</td>
<td><code>{{ row.spec }}</code></td>
<td class="status-{{ row.status_class }}" title="{{ row.status_note }}">{{ row.status }}</td>
<td>{{ row.latest_run }}</td><td class="num">{{ row.rows_written }}</td>
</tr>{% endfor %}
</table>
{% for note in notes %}<p>{{ note }}</p>{% endfor %}
{% endblock %}"""

_PIPELINE = """{% extends "base.html" %}{% block body %}
<p><a href="{{ index_href }}">all airspec pipelines</a></p>
<h1>{{ dag_id }}</h1>
<p class="description">{{ description }}</p>
<p class="status-{{ status_class }}">provenance: {{ status }} — {{ status_note }}</p>
<table>
{% for fact in facts %}<tr><th>{{ fact.name }}</th><td><code>{{ fact.value }}</code></td></tr>{% endfor %}
</table>
<h2>Tasks</h2>
<table><tr><th>task</th><th>kind</th><th>depends on</th></tr>
{% for task in tasks %}<tr><td>{{ task.id }}</td><td>{{ task.kind }}</td><td>{{ task.depends_on }}</td></tr>{% endfor %}
</table>
<h2>Latest runs</h2>
{% for note in runs_notes %}<p>{{ note }}</p>{% endfor %}
{% for table in runs_tables %}<table>
<tr><th>run</th><th>run state</th><th>task</th><th>state</th><th>try</th><th>duration</th><th>rows read</th>
<th>rows written</th><th>rows quarantined</th><th>bytes</th><th>runtime</th></tr>
{% for row in table %}<tr>
<td>{{ row.run }}</td><td>{{ row.run_state }}</td><td>{{ row.task }}</td><td>{{ row.state }}</td>
<td class="num">{{ row.try_number }}</td><td class="num">{{ row.duration }}</td>
<td class="num">{{ row.rows_read }}</td><td class="num">{{ row.rows_written }}</td>
<td class="num">{{ row.rows_quarantined }}</td><td class="num">{{ row.bytes }}</td>
<td class="num">{{ row.runtime }}</td>
</tr>{% endfor %}
</table>{% endfor %}
<h2>Spec <code>{{ spec }}</code></h2>
{% for note in spec_notes %}<p>{{ note }}</p>{% endfor %}
{% for text in spec_texts %}<pre>{{ text }}</pre>{% endfor %}
<h2>Plan <code>{{ plan_file }}</code></h2>
{% for note in plan_notes %}<p>{{ note }}</p>{% endfor %}
{% for text in plan_texts %}<pre>{{ text }}</pre>{% endfor %}
{% endblock %}"""

RECOMPILE = "Run `airspec compile` and deploy the result."
NOT_ALLOWED_RUNS = "You may not read this DAG's runs."
NOT_ALLOWED_CODE = "You may not read this DAG's code."


@cache
def _environment() -> Environment:
    templates = {"base.html": _BASE, "index.html": _INDEX, "pipeline.html": _PIPELINE}
    return Environment(loader=DictLoader(templates), autoescape=True, undefined=StrictUndefined)


def _render(template: str, **values: Any) -> str:
    return _environment().get_template(template).render(style=Markup(_STYLE), **values)


def _count(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else ""


def _seconds(value: Any, scale: float = 1.0) -> str:
    return f"{value / scale:.1f} s" if isinstance(value, (int, float)) else ""


def _first_line(text: Any) -> str:
    return str(text or "").strip().split("\n\n", 1)[0].replace("\n", " ")


def _status_class(status: str) -> str:
    return status.replace(" ", "-")


def _rows_written(run: dict[str, Any]) -> str:
    written = [task["metrics"]["rows_written"] for task in run["tasks"] if "rows_written" in (task["metrics"] or {})]
    return _count(sum(written)) if written else ""


def pipeline_href(base: str, dag_id: str) -> str:
    return f"{base}/pipelines/{quote(dag_id, safe='')}"


def index_page(base: str, pipelines: list[Pipeline], latest: dict[str, dict[str, Any] | None]) -> str:
    """The list; `latest` holds each pipeline's newest run, None when there is none or it may not be read."""
    rows = []
    for pipeline in pipelines:
        summary = pipeline.summary()
        run = latest.get(pipeline.dag_id)
        rows.append(
            {
                "dag_id": pipeline.dag_id,
                "href": pipeline_href(base, pipeline.dag_id),
                "description": _first_line(summary["description"]),
                "schedule": summary["schedule"],
                "owner": str(summary["owner"] or ""),
                "tasks": ", ".join(pipeline.task_ids),
                "spec": pipeline.spec_path,
                "status": pipeline.status,
                "status_class": _status_class(pipeline.status),
                "status_note": summary["status_note"],
                "latest_run": "" if run is None else f"{run['state']} · {run['logical_date'] or run['run_id']}",
                "rows_written": "" if run is None else _rows_written(run),
            }
        )
    stale = [p.dag_id for p in pipelines if p.status == "stale"]
    missing = [p.dag_id for p in pipelines if p.status == "spec missing"]
    warnings = []
    if stale:
        warnings.append(f"Specs changed since they were compiled: {', '.join(stale)}. {RECOMPILE}")
    if missing:
        warnings.append(f"Compiled from specs that are not in the project: {', '.join(missing)}.")
    notes = [] if pipelines else ["No airspec pipelines you may read in the DAGs folder."]
    return _render("index.html", title="airspec pipelines", rows=rows, warnings=warnings, notes=notes)


def _run_rows(detail: dict[str, Any]) -> list[dict[str, str]]:
    """One row per task instance of each run, tasks in plan order."""
    order = {task["id"]: index for index, task in enumerate(detail["tasks"])}
    rows = []
    for run in detail["runs"] or []:
        for task in sorted(run["tasks"], key=lambda t: (order.get(t["task_id"], len(order)), t["map_index"])):
            numbers = task["metrics"] or {}
            rows.append(
                {
                    "run": run["run_id"],
                    "run_state": run["state"] or "",
                    "task": task["task_id"] if task["map_index"] < 0 else f"{task['task_id']}[{task['map_index']}]",
                    "state": task["state"] or "",
                    "try_number": _count(task["try_number"]),
                    "duration": _seconds(task["duration_s"]),
                    "rows_read": _count(numbers.get("rows_read")),
                    "rows_written": _count(numbers.get("rows_written")),
                    "rows_quarantined": _count(numbers.get("rows_quarantined")),
                    "bytes": _count(numbers.get("bytes")),
                    "runtime": _seconds(numbers.get("duration_ms"), 1000.0),
                }
            )
    return rows


def pipeline_page(base: str, detail: dict[str, Any]) -> str:
    """One pipeline: provenance, tasks, latest runs with metrics, the spec and the plan."""
    runs, code = detail["runs"], detail["access"]["code"]
    rows = _run_rows(detail)
    if runs is None:
        runs_notes = [NOT_ALLOWED_RUNS]
    else:
        runs_notes = [] if runs else ["No runs yet."]
    if not code:
        spec_notes = [NOT_ALLOWED_CODE]
    else:
        spec_notes = [] if detail["spec_text"] is not None else ["The spec file is not in the project."]
    return _render(
        "pipeline.html",
        title=f"{detail['dag_id']} · airspec",
        index_href=f"{base}/",
        dag_id=detail["dag_id"],
        description=str(detail["description"] or ""),
        status=detail["status"],
        status_class=_status_class(detail["status"]),
        status_note=detail["status_note"],
        facts=[
            {"name": "schedule", "value": detail["schedule"]},
            {"name": "owner", "value": str(detail["owner"] or "")},
            {"name": "tags", "value": ", ".join(str(tag) for tag in detail["tags"])},
            {"name": "DAG file", "value": detail["dag_file"]},
            {"name": "spec", "value": detail["spec"]},
            {"name": "spec-sha256 compiled", "value": detail["compiled_sha256"]},
            {"name": "spec-sha256 now", "value": detail["current_sha256"] or "(no spec file)"},
        ],
        tasks=[
            {"id": task["id"], "kind": task["kind"], "depends_on": ", ".join(task["depends_on"])}
            for task in detail["tasks"]
        ],
        runs_notes=runs_notes,
        runs_tables=[rows] if rows else [],
        spec=detail["spec"],
        spec_notes=spec_notes,
        spec_texts=[] if detail["spec_text"] is None else [detail["spec_text"]],
        plan_file=detail["dag_file"].removesuffix(".py") + ".plan.json",
        plan_notes=[] if code else [NOT_ALLOWED_CODE],
        plan_texts=[] if detail["plan"] is None else [json.dumps(detail["plan"], indent=2, ensure_ascii=False)],
    )
