#!/usr/bin/env bash
# Web benchmark (issue 17): wrk against a lesson page, the catalog with a search, the leaderboard of
# a lab with 1M submissions and a job page, compared in the same run with a bare Vert.x route on the
# same server. Prints a Markdown table (also written to target/bench/web.md). Takes about 6 minutes.
#
#   bench/web/run.sh [-o] [-Dbench.web.duration=30s] [-Dbench.web.connections=64]
#                    [-Dbench.web.submissions=1000000] [-Dbench.web.jvm="-Xmx192m ..."]
#                    [-Dbench.web.env="MALLOC_ARENA_MAX=1 ..."]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "Installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null; }
./mvnw -B -q -DskipTests "$@" package
./mvnw -B surefire:test -Dtest=WebBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.excludedGroups=soak "$@" > target/web-bench.log 2>&1 \
  || { tail -60 target/web-bench.log; exit 1; }
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
cat target/bench/web.md
