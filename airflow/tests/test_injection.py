"""Hostile strings in a spec stay data: the DAG parses and gives back exactly the spec's strings."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from conftest import ROOT, compile_specs, load_dagbag

HOSTILE = [
    'quote " and \' and """ triple and \'\'\' triple',
    "back\\slash \\n not a newline \\",
    "line one\nline two\r\nline three\ttabbed",
    "{{ dag_run.conf }} {% raw %} {# note #} ${HOME} $(rm -rf /)",
    'x")\n__import__("pathlib").Path("PWNED").touch()\n#',
    "unicode: grüße, данные, 数据, emoji 🚀, rtl \u202e, nul-free \u2028 \u0085",
    "",
]


def test_hostile_strings_round_trip(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    specs, dags = tmp_path / "specs", tmp_path / "dags"
    specs.mkdir()
    params = {f"p{index}": {"type": "string", "default": text, "description": text} for index, text in enumerate(HOSTILE)}
    spec = {
        "pipeline": "hostile_strings",
        "description": "\n---\n".join(HOSTILE),
        "owner": HOSTILE[0],
        "tags": [text for text in HOSTILE if text],
        "start_date": "2025-01-01",
        "params": params,
        "connections": {"dwh": {"kind": "postgres", "conn_id": "dwh"}},
        "tasks": {"run_sql": {"description": HOSTILE[4], "sql": {"connection": "dwh", "query": HOSTILE[3]}}},
    }
    (specs / "hostile.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")

    result = compile_specs(specs, dags)
    assert result.returncode == 0, result.stdout + result.stderr
    (dags / "hostile_strings.py").read_text(encoding="utf-8").encode("ascii")  # the escaper emits pure ASCII

    dagbag = load_dagbag(dags)
    assert dagbag.import_errors == {}
    dag = dagbag.dags["hostile_strings"]
    assert dag.doc_md == spec["description"]
    assert dag.owner == spec["owner"]
    assert sorted(dag.tags) == sorted(spec["tags"])
    for name, param in params.items():
        assert dag.params.get_param(name).value == param["default"]
        assert dag.params.get_param(name).description == param["description"]
    assert dag.get_task("run_sql").doc_md == HOSTILE[4]
    assert not (tmp_path / "PWNED").exists(), "a spec string was executed as Python"


def test_hostile_spec_file_names(tmp_path: Path):
    specs, dags = tmp_path / "specs", tmp_path / "dags"
    specs.mkdir()
    name = 'o\'brien "x" данные\tand\\back.yaml'
    spec = {
        "pipeline": "hostile_path",
        "owner": "data",
        "start_date": "2025-01-01",
        "connections": {"dwh": {"kind": "postgres", "conn_id": "dwh"}},
        "tasks": {"run_sql": {"sql": {"connection": "dwh", "query": "select 1"}}},
    }
    (specs / name).write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert compile_specs(specs, dags).returncode == 0
    header = (dags / "hostile_path.py").read_text(encoding="utf-8").splitlines()[2]
    assert header.startswith("# spec: specs/o'brien \\\"x\\\" \\u0434")  # escaped, still one comment line
    assert load_dagbag(dags).import_errors == {}
    # the path read back from the header is the real one: a fresh compile sees nothing stale or orphaned
    check = subprocess.run(
        ["node", str(ROOT / "bin" / "airspec.mjs"), "check", "specs", "--out", str(dags)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_python_keywords_as_ids(tmp_path: Path):
    specs, dags = tmp_path / "specs", tmp_path / "dags"
    specs.mkdir()
    keywords = ["class", "import", "lambda", "none", "true"]
    spec = {
        "pipeline": "def",
        "owner": "data",
        "start_date": "2025-01-01",
        "params": {keyword: {"type": "boolean", "default": True} for keyword in keywords},
        "connections": {keyword: {"kind": "postgres", "conn_id": keyword} for keyword in keywords},
        "tasks": {
            keyword: {"sql": {"connection": keyword, "query": "select 1"}, "depends_on": keywords[:index]}
            for index, keyword in enumerate(keywords)
        },
    }
    (specs / "keywords.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    result = compile_specs(specs, dags)
    assert result.returncode == 0, result.stdout + result.stderr
    dagbag = load_dagbag(dags)
    assert dagbag.import_errors == {}
    dag = dagbag.dags["def"]
    assert sorted(dag.task_ids) == sorted(keywords)
    assert dag.get_task("lambda").upstream_task_ids == {"class", "import"}
    assert list(dag.params.keys()) == keywords


def test_description_naming_a_markdown_file_stays_text(tmp_path: Path, monkeypatch):
    # Airflow opens a DAG's doc_md that ends in ".md" as a file when it parses the DAG, and shows the file
    monkeypatch.chdir(tmp_path)
    secret = tmp_path / "secret-notes.md"
    secret.write_text("the content of a file the DAG processor can read", encoding="utf-8")
    specs, dags = tmp_path / "specs", tmp_path / "dags"
    specs.mkdir()
    spec = {
        "pipeline": "md_path",
        "description": str(secret),
        "owner": "data",
        "start_date": "2025-01-01",
        "connections": {"dwh": {"kind": "postgres", "conn_id": "dwh"}},
        "tasks": {"run_sql": {"sql": {"connection": "dwh", "query": "select 1"}}},
    }
    (specs / "md_path.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert compile_specs(specs, dags).returncode == 0
    dagbag = load_dagbag(dags)
    assert dagbag.import_errors == {}
    assert dagbag.dags["md_path"].doc_md.rstrip("\n") == str(secret)
