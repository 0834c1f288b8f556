#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, then runs every check.
# Used by `npm test`, by .ci/run and by the GitHub workflow.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n== %s\n' "$*"; }

step "node dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  node scripts/build.mjs
fi

step "lint and types"
npx biome check .
npx tsc --noEmit

step "unit, golden and CLI tests (vitest)"
npx vitest run

step "airspec check: specs valid, generated DAGs up to date"
node bin/airspec.mjs check

step "Airflow virtualenv"
bash scripts/setup-airflow.sh

step "generated DAGs in real Airflow (pytest)"
(cd airflow && ../.venv-airflow/bin/python -m pytest -q tests)
