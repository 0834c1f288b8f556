#!/usr/bin/env bash
# ClickHouse for tests: a project-owned server on loopback, from Debian's packages (18.16) when missing.
#   scripts/services/clickhouse.sh start   idempotent; prints the HTTP URL
#   scripts/services/clickhouse.sh stop
# The config is Debian's own, with paths moved under .cache/services/clickhouse and ports moved aside.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
http_port="${AIRSPEC_CLICKHOUSE_PORT:-18123}"
tcp_port=$((http_port + 877)) # 19000
interserver_port=$((http_port + 886)) # 19009
home="$state/clickhouse$instance"
url="http://127.0.0.1:$http_port"

start() {
  lock_service clickhouse
  if listening "$http_port"; then echo "$url"; return; fi
  if ! command -v clickhouse-server >/dev/null && [ ! -x /usr/sbin/clickhouse-server ]; then
    echo "installing ClickHouse from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clickhouse-server clickhouse-client >/dev/null
  fi
  mkdir -p "$home/data" "$home/log"
  cp /etc/clickhouse-server/users.xml "$home/users.xml"
  sed -e "s#/var/log/clickhouse-server/#$home/log/#g" \
    -e "s#/var/lib/clickhouse/#$home/data/#g" \
    -e "s#<http_port>8123</http_port>#<http_port>$http_port</http_port>#" \
    -e "s#<tcp_port>9000</tcp_port>#<tcp_port>$tcp_port</tcp_port>#" \
    -e "s#<interserver_http_port>9009</interserver_http_port>#<interserver_http_port>$interserver_port</interserver_http_port>#" \
    -e "s#<listen_host>::1</listen_host>##" \
    /etc/clickhouse-server/config.xml >"$home/config.xml"
  nohup /usr/sbin/clickhouse-server --config-file="$home/config.xml" >"$home/server.out" 2>&1 9>&- &
  echo $! >"$home/server.pid"
  wait_for_port "$http_port" 60 || { tail -n 20 "$home/log/clickhouse-server.err.log" >&2; exit 1; }
  echo "$url"
}

stop() { stop_matching "clickhouse-server --config-file=$home/config.xml"; }
url() { echo "$url"; }

serve "$@"
