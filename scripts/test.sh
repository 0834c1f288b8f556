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

# Services this run starts (the tests start them on demand) are stopped when it ends; ones already
# running, say a developer's, are left alone.
source scripts/services/lib.sh
running_before=()
listening 54329 && running_before+=(postgres)
listening 19092 && running_before+=(kafka)
listening 18123 && running_before+=(clickhouse)
stop_started_services() {
  for service in postgres kafka clickhouse; do
    [[ " ${running_before[*]} " == *" $service "* ]] || bash "scripts/services/$service.sh" stop || true
  done
}
trap stop_started_services EXIT

step "lint and types"
npx biome check .
npx tsc --noEmit

step "unit, golden, CLI and runtime tests (vitest; starts PostgreSQL, Kafka and ClickHouse)"
npx vitest run

step "airspec check: specs valid, generated DAGs up to date"
node bin/airspec.mjs check

step "Airflow virtualenv"
bash scripts/setup-airflow.sh

step "generated DAGs, the operator and end-to-end runs in real Airflow (pytest)"
(cd airflow && ../.venv-airflow/bin/python -m pytest -q tests)
