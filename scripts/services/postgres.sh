#!/usr/bin/env bash
# PostgreSQL for tests: a project-owned cluster on loopback, installed from Debian's packages when missing.
#   scripts/services/postgres.sh start   idempotent; prints the connection URI
#   scripts/services/postgres.sh stop
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port="${AIRSPEC_PG_PORT:-54329}"
url="postgresql://postgres@127.0.0.1:$port/airspec"

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

# The cluster lives in .cache/services/postgres. As root the server runs as the postgres user, which may
# not be able to enter this checkout (a private directory): then it lives in a postgres-owned directory
# named after the checkout instead.
cluster_dir() {
  if [ "$(id -u)" = 0 ] && ! (cd / && runuser -u postgres -- test -x "$state" 2>/dev/null); then
    echo "/var/lib/postgresql/airspec-$(printf %s "$root" | sha1sum | cut -c1-12)$instance"
  else
    echo "$state/postgres$instance"
  fi
}

start() {
  lock_service postgres
  # A server already on the port (another checkout's, or a developer's) is reused as it is.
  if listening "$port" && psql -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tc "select 1" >/dev/null 2>&1; then
    ensure_database
    echo "$url"
    return
  fi
  if [ -z "$(bin_dir)" ]; then
    echo "installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local bin cluster data; bin="$(bin_dir)"; cluster="$(cluster_dir)"; data="$cluster/data"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$cluster"
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$data" -l "$cluster/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c full_page_writes=off" >/dev/null 9>&-
  fi
  wait_for_port "$port" 30
  ensure_database
  echo "$url"
}

ensure_database() {
  psql -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tc "select 1 from pg_database where datname = 'airspec'" |
    grep -q 1 || psql -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "create database airspec"
}

stop() {
  local bin data; bin="$(bin_dir)"; data="$(cluster_dir)/data"
  [ -n "$bin" ] && [ -f "$data/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
}

url() { echo "$url"; }

serve "$@"
