#!/usr/bin/env bash
# Scoring throughput: 1M-row predictions files, every metric, against plain BufferedReader.readLine
# on the same file. Prints a table; also written to target/bench/scoring.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q spotless:apply >/dev/null
./mvnw -B test -Dtest=ScoringBench -Dgroups=bench -Dtest.excludedGroups=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true 2>&1 \
  | sed -n '/^Scoring /,/^\[/p' | grep -v '^\['
