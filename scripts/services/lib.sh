# Shared by the service scripts: where state lives and how to wait for a port.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
state="$root/.cache/services"
mkdir -p "$state"

# wait_for_port PORT SECONDS: true once something listens on 127.0.0.1:PORT
wait_for_port() {
  local port=$1 deadline=$((SECONDS + $2))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  return 1
}
