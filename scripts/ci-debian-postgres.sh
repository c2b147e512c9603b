#!/usr/bin/env bash
# CI only: the integration suite (Vitest) once more, on Debian's own PostgreSQL 15 server rather than
# the embedded one, so that both builds of the server the README names are tested. Installs the
# server when missing, starts a throw-away cluster as the postgres user on a free local port, runs
# the suite against it (TEST_DATABASE_URL), and removes the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/postgres" ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
fi

dir=$(mktemp -d /var/tmp/tracker-ci-pg.XXXXXX)
chown postgres:postgres "$dir" 2>/dev/null || true
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else "$@"; fi; }

as_postgres "$bin/initdb -D $dir/data -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null"
as_postgres "$bin/pg_ctl -D $dir/data -l $dir/log -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -w start >/dev/null"
trap 'as_postgres "$bin/pg_ctl -D $dir/data -m fast stop >/dev/null" || true; rm -rf "$dir"' EXIT

echo "Integration suite on Debian's PostgreSQL $($bin/postgres --version | awk '{print $3}') (port $port)"
TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres" VITEST_DB_DIR=.tmp/vitest-debian npx vitest run --reporter=dot
