#!/usr/bin/env bash
# Creates the project-local Airflow 3.3 virtualenv (.venv-airflow) with our operator package installed
# in editable mode. Idempotent: does nothing when the pinned version is already installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv-airflow"
airflow_version="${AIRFLOW_VERSION:-3.3.2}"
stamp="$venv/.airspec-installed-$airflow_version"
export PIP_CACHE_DIR="$root/.cache/pip"
export UV_CACHE_DIR="$root/.cache/uv"

inputs_hash() { cat "$root/airflow/pyproject.toml" "$root/airflow/constraints.txt" | sha256sum | cut -d' ' -f1; }
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(inputs_hash)" ]; then
  exit 0
fi

echo "setting up Airflow $airflow_version in $venv" >&2
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip uv
"$venv/bin/uv" pip install --quiet --python "$venv/bin/python" -c "$root/airflow/constraints.txt" \
  "apache-airflow==$airflow_version" pytest -e "$root/airflow"
inputs_hash > "$stamp"
