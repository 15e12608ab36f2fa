#!/usr/bin/env bash
# Starts the whole platform with demo data: builds the app and the gpu-runner, starts an embedded
# PostgreSQL (data kept in ./data/postgres), serves http://localhost:8080 and starts one local
# runner that trains lab submissions in the bubblewrap sandbox. See README.md, "Run it".
#
#   HOCSAU_RUNNER=off      start no runner (predictions-file labs still work)
#   HOCSAU_RUNNER_SLOTS    slots of the local runner (default: cpu)
#   QUARKUS_HTTP_PORT      the platform's port (default: 8080)
set -euo pipefail
cd "$(dirname "$0")"

port="${QUARKUS_HTTP_PORT:-8080}"
./mvnw -B -q -DskipTests package
if [ "${HOCSAU_RUNNER:-on}" != off ]; then
  ./mvnw -B -q -f gpu-runner/pom.xml -DskipTests package
fi

pids=()
stop() {
  # SIGTERM lets the runner drain (hand its jobs back) before the platform goes away.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
}
trap stop EXIT
trap 'exit 130' INT TERM

java ${JAVA_OPTS:-} -Dquarkus.profile=dev -jar target/quarkus-app/quarkus-run.jar "$@" &
platform=$!
pids+=("$platform")

if [ "${HOCSAU_RUNNER:-on}" = off ]; then
  wait "$platform"
  exit $?
fi

# The dev profile writes a runner token for the local runner once it has started.
for _ in $(seq 1 180); do
  if [ -s data/dev-runner-token ] && (exec 3<>"/dev/tcp/localhost/$port") 2>/dev/null; then
    break
  fi
  if ! kill -0 "$platform" 2>/dev/null; then
    wait "$platform"
    exit $?
  fi
  sleep 1
done
if [ ! -s data/dev-runner-token ]; then
  echo "run.sh: no data/dev-runner-token after 3 minutes; starting no runner" >&2
  wait "$platform"
  exit $?
fi

mkdir -p data/runner
HOCSAU_PLATFORM_URL="http://localhost:$port" \
  HOCSAU_RUNNER_TOKEN="$(cat data/dev-runner-token)" \
  HOCSAU_RUNNER_SLOTS="${HOCSAU_RUNNER_SLOTS:-cpu}" \
  HOCSAU_WORK_DIR="${HOCSAU_WORK_DIR:-$PWD/data/runner}" \
  HOCSAU_TRAINER_DIR="${HOCSAU_TRAINER_DIR:-$PWD/gpu-runner/trainer/target/trainer-dist}" \
  java -jar gpu-runner/runner/target/gpu-runner-0.1.0-SNAPSHOT.jar &
pids+=("$!")
echo "run.sh: platform on http://localhost:$port, local runner started (Ctrl-C stops both)"

# Whichever stops first (a runner that refuses an unsafe machine explains why and exits), the
# platform keeps serving until it stops itself or Ctrl-C.
wait "$platform"
