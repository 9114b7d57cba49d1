#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d):
# one database per application on the same server, each owned by its own login role, so the
# backend never connects as superuser and Keycloak's tables stay apart from Dossier's.
# Dossier has two roles: the schema owner, which Liquibase migrates as, and the role the backend
# connects as, which Liquibase grants read/write on the business tables but only SELECT and
# INSERT on the audit trail and the access log.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_db="$DOSSIER_DB_NAME" \
  -v owner_user="$DOSSIER_DB_OWNER_USER" -v owner_password="$DOSSIER_DB_OWNER_PASSWORD" \
  -v app_user="$DOSSIER_DB_USER" -v app_password="$DOSSIER_DB_PASSWORD" \
  -v kc_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE :"owner_user" LOGIN PASSWORD :'owner_password';
CREATE DATABASE :"app_db" OWNER :"owner_user";
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'app_user', :'app_password')
  WHERE :'app_user' <> :'owner_user' \gexec
CREATE ROLE keycloak LOGIN PASSWORD :'kc_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
