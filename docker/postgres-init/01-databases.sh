#!/usr/bin/env bash
# First start only (an empty data volume): one database and owner each for Airflow's metadata, the airspec
# service's jobs and the warehouse the example specs load. Passwords come from the environment (.env);
# psql quotes them (:'password'), so no character in them can change the SQL.
set -euo pipefail
for name in airflow airspec warehouse; do
  variable="${name^^}_DB_PASSWORD"
  password="${!variable:?$variable is not set}"
  psql -v ON_ERROR_STOP=1 -v name="$name" -v password="$password" \
    --username "$POSTGRES_USER" --dbname postgres <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
done
