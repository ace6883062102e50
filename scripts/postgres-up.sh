#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests on 127.0.0.1:${WHEELHOUSE_PG_PORT:-55432}
# (database wheelhouse_test, user wheelhouse, trust auth on loopback only), installing Debian's
# postgresql package if no server binaries are found. Idempotent: an answering server is kept.
set -euo pipefail
port="${WHEELHOUSE_PG_PORT:-55432}"
state="${WHEELHOUSE_STATE_DIR:-/tmp/wheelhouse}"
data="$state/pg"

find_bin() {
  for dir in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  echo "postgres-up: installing postgresql" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(find_bin)
fi
if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  exit 0
fi

# PostgreSQL refuses to run as root; run it as the postgres user (created by the Debian package).
as_pg=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$state" postgres
  as_pg=(runuser -u postgres --)
fi
mkdir -p "$state"
chmod 755 "$state"
if [ ! -s "$data/PG_VERSION" ]; then
  rm -rf "$data"
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres: "$data"
  "${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
fi
"${as_pg[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
psql=(psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA)
"${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='wheelhouse'" | grep -q 1 \
  || "${psql[@]}" -c "CREATE ROLE wheelhouse LOGIN CREATEDB"
"${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname='wheelhouse_test'" | grep -q 1 \
  || "${psql[@]}" -c "CREATE DATABASE wheelhouse_test OWNER wheelhouse"
echo "postgres-up: postgresql://wheelhouse@127.0.0.1:$port/wheelhouse_test" >&2
