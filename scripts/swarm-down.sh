#!/usr/bin/env bash
# Undoes scripts/swarm-up.sh: wh-node-2 leaves the swarm and its dockerd stops, the veth pair and
# namespace n2 go, and the main engine leaves the swarm only if swarm-up.sh created it (otherwise
# just the node wh-node-2 is removed from it). Its data root /var/lib/docker-n2 is kept, so the
# test image need not be loaded again next time.
set -uo pipefail
state="${WHEELHOUSE_STATE_DIR:-/tmp/wheelhouse}"
n2=(docker -H unix:///var/run/docker-n2.sock)
say() { echo "swarm-down: $*" >&2; }

if "${n2[@]}" info >/dev/null 2>&1; then
  say "wh-node-2 leaves the swarm"
  "${n2[@]}" swarm leave --force >/dev/null 2>&1
fi
if [ -s /var/run/docker-n2.pid ]; then
  pid=$(cat /var/run/docker-n2.pid)
  say "stopping dockerd wh-node-2 (pid $pid)"
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
fi

if docker info >/dev/null 2>&1; then
  if [ -f "$state/swarm-created" ]; then
    say "the main engine leaves the swarm swarm-up.sh created"
    docker swarm leave --force >/dev/null 2>&1
  elif [ -s "$state/swarm-n2-node-id" ]; then
    docker node rm --force "$(cat "$state/swarm-n2-node-id")" >/dev/null 2>&1
  fi
fi
rm -f "$state/swarm-created" "$state/swarm-n2-node-id"

if ip link show veth-h >/dev/null 2>&1; then
  say "deleting veth-h"
  ip link del veth-h
fi
if ip netns list 2>/dev/null | grep -qE '^n2( |$)'; then
  say "deleting network namespace n2"
  ip netns del n2
fi
exit 0
