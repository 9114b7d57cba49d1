#!/usr/bin/env bash
# The benchmark runs its SQL baseline with pgbench and sets up data with psql (Debian's
# postgresql-client; any version from 14 on speaks to the server). Installs it when missing and
# we are root; otherwise says what to install.
set -euo pipefail
command -v pgbench >/dev/null && command -v psql >/dev/null && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing Debian's postgresql-client for the benchmark"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql-client
  exit 0
fi
echo "The benchmark needs pgbench and psql." >&2
echo "Install them first, e.g.: sudo apt-get install -y postgresql-client" >&2
exit 1
