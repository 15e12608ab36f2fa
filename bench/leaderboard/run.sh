#!/usr/bin/env bash
# Leaderboard benchmark: board queries at 10k, 100k and 1M submissions in the embedded PostgreSQL.
# Prints a Markdown table (also written to target/bench/leaderboard.md). Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q spotless:apply
# The default profile excludes the "bench" tag; override it for this one test.
./mvnw -B verify -DskipITs -Dtest=LeaderboardBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.excludedGroups=soak "$@" > target/leaderboard-bench.log 2>&1 \
  || { tail -50 target/leaderboard-bench.log; exit 1; }
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
cat target/bench/leaderboard.md
