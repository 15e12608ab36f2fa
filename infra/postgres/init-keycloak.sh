#!/bin/sh
# Run once by the postgres image on an empty data folder (docker-entrypoint-initdb.d): Keycloak gets
# its own role and database beside HọcSâu's, so neither can read the other's tables.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v kc_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'kc_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
