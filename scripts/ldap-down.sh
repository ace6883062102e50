#!/usr/bin/env bash
# Stops the slapd instance scripts/ldap-up.sh started and removes its state, so the next start
# loads the seed afresh.
set -uo pipefail
state="${WHEELHOUSE_STATE_DIR:-/tmp/wheelhouse}/ldap"
if [ -f "$state/slapd.pid" ]; then
  pid=$(cat "$state/slapd.pid")
  if kill "$pid" 2>/dev/null; then
    echo "ldap-down: stopping slapd ($pid)" >&2
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
fi
rm -rf "$state"
exit 0
