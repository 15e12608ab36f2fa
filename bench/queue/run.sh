#!/usr/bin/env bash
# Queue scaling (issue 15): the packaged platform with 1, 2, 4 and 8 runner processes on one queue
# kept 500 jobs deep. Each runner speaks the real runner protocol without a sandbox or training, so
# the figures are the platform's. Prints a Markdown table (also target/bench/queue.md). ~3 minutes.
#
#   bench/queue/run.sh [-o] [-Dbench.queue.seconds=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests "$@" package
./mvnw -B surefire:test -Dtest=QueueScaleBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.excludedGroups=soak "$@" > target/queue-bench.log 2>&1 \
  || { tail -60 target/queue-bench.log; exit 1; }
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
cat target/bench/queue.md
