#!/usr/bin/env bash
# Starts the whole platform with demo data: builds the app, starts an embedded PostgreSQL
# (data kept in ./data/postgres) and serves http://localhost:8080. See README.md.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests package
exec java ${JAVA_OPTS:-} -Dquarkus.profile=dev -jar target/quarkus-app/quarkus-run.jar "$@"
