#!/usr/bin/env bash
# First start only (an empty data volume): one database and owner each for Airflow's metadata, the airspec
# service's jobs and the warehouse the example specs load. Passwords come from the environment (.env).
set -euo pipefail
for entry in "airflow:$AIRFLOW_DB_PASSWORD" "airspec:$AIRSPEC_DB_PASSWORD" "warehouse:$WAREHOUSE_DB_PASSWORD"; do
  name="${entry%%:*}"
  password="${entry#*:}"
  psql -v ON_ERROR_STOP=1 -v name="$name" -v password="$password" --username "$POSTGRES_USER" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
done
