#!/usr/bin/env bash
# Apache Kafka 3.9 for tests: one KRaft broker on loopback, run with the JDK from jars on Maven Central.
#   scripts/services/kafka.sh start   idempotent; prints the bootstrap address
#   scripts/services/kafka.sh stop
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port="${AIRSPEC_KAFKA_PORT:-19092}"
controller_port=$((port + 1))
home="$state/kafka$instance"
libs="$state/kafka/libs" # shared by every instance

start() {
  lock_service kafka
  if [ ! -f "$libs/.complete" ]; then
    echo "fetching Kafka jars from Maven Central" >&2
    mvn -q -B -f "$root/scripts/services/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$libs" -Dmaven.repo.local="$root/.cache/m2" >&2
    touch "$libs/.complete"
  fi
  if listening "$port"; then echo "127.0.0.1:$port"; return; fi
  mkdir -p "$home"
  cat > "$home/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$home/data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  # Metric topics of earlier runs are not worth keeping: every fresh start formats an empty log.
  rm -rf "$home/data"
  java -cp "$libs/*" kafka.tools.StorageTool format -t "$(java -cp "$libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null)" \
    -c "$home/server.properties" >/dev/null 2>&1
  nohup java -Xmx512m -Dlog4j.configuration="file:$root/scripts/services/kafka/log4j.properties" \
    -cp "$libs/*" kafka.Kafka "$home/server.properties" >"$home/server.log" 2>&1 9>&- &
  echo $! >"$home/server.pid"
  wait_for_port "$port" 60 || { tail -n 20 "$home/server.log" >&2; exit 1; }
  echo "127.0.0.1:$port"
}

stop() { stop_matching "kafka.Kafka $home/server.properties"; }
url() { echo "127.0.0.1:$port"; }

serve "$@"
