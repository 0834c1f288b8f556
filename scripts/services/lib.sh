# Shared by the service scripts: where state lives and how to wait for a port.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
state="$root/.cache/services"
mkdir -p "$state"
# AIRSPEC_SERVICE_INSTANCE=<name> runs a second, separate instance of a service (its own state directory,
# lock and processes; give it other ports too), e.g. one that the fault-injection suite may stop and restart.
instance="${AIRSPEC_SERVICE_INSTANCE:+-$AIRSPEC_SERVICE_INSTANCE}"

# listening PORT: true when something accepts connections on 127.0.0.1:PORT
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for_port PORT SECONDS: true once something listens on 127.0.0.1:PORT
wait_for_port() {
  local port=$1 deadline=$((SECONDS + $2))
  until listening "$port"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

# Concurrent starts (parallel test runs) must not race: one start at a time per service.
lock_service() {
  exec 9>"$state/$1$instance.lock"
  flock 9
}

# stop_matching PATTERN: SIGTERM to the process whose command line matches (a service's own config path, so
# no pid file can go stale), SIGKILL if it is still there after 30 s.
stop_matching() {
  pkill -TERM -f "$1" || return 0
  for _ in $(seq 1 60); do pgrep -f "$1" >/dev/null || return 0; sleep 0.5; done
  pkill -KILL -f "$1" || true
}

# serve "$@": runs the script's start, stop or url function.
serve() {
  case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
  esac
}
