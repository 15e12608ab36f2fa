#!/usr/bin/env bash
# Runner overhead: accepted → claimed → first epoch event → verdict for a tiny job, sandboxed
# (bwrap) and unsandboxed in the same run, with the trainer's start-up breakdown. Prints a
# Markdown table (also written to target/bench/runner.md). Needs root and bubblewrap, like the
# runner's sandbox. Takes a few minutes. Usage: bench/runner/run.sh [-Dbench.runs=10] [-o]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q spotless:apply
# The bench drives the real runner jar and trainer distribution, as the end-to-end test does.
./mvnw -B -q -f gpu-runner/pom.xml -DskipTests package "$@" > target/runner-bench-build.log 2>&1 \
  || { tail -50 target/runner-bench-build.log; exit 1; }
# The default profile excludes the "bench" tag; override it for this one test.
./mvnw -B verify -DskipITs -Dtest=RunnerOverheadBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.excludedGroups=soak "$@" > target/runner-bench.log 2>&1 \
  || { tail -80 target/runner-bench.log; exit 1; }
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
cat target/bench/runner.md
