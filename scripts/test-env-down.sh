#!/usr/bin/env bash
# Stops what scripts/test-env.sh started (dockerd, PostgreSQL and slapd under
# $WHEELHOUSE_STATE_DIR) and removes containers the tests labelled, so a CI machine is left as it
# was found.
set -uo pipefail
state="${WHEELHOUSE_STATE_DIR:-/tmp/wheelhouse}"
bash "$(dirname "$0")/swarm-down.sh"
bash "$(dirname "$0")/ldap-down.sh"
if docker info >/dev/null 2>&1; then
  ids=$(docker ps -aq --filter label=wheelhouse.test=1)
  [ -n "$ids" ] && docker rm -f $ids >/dev/null
fi
if [ -s "$state/pg/PG_VERSION" ]; then
  for dir in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
    if [ -x "$dir/pg_ctl" ]; then
      runuser -u postgres -- "$dir/pg_ctl" -D "$state/pg" -m fast stop >/dev/null 2>&1 || "$dir/pg_ctl" -D "$state/pg" -m fast stop >/dev/null 2>&1
      break
    fi
  done
fi
if [ -f "$state/dockerd.pid" ]; then
  kill "$(cat "$state/dockerd.pid")" 2>/dev/null
  rm -f "$state/dockerd.pid"
fi
exit 0
