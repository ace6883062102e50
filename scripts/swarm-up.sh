#!/usr/bin/env bash
# Makes the two-node swarm the multi-node tests run on: the main engine as manager, and a second
# dockerd (hostname wh-node-2, socket unix:///var/run/docker-n2.sock) in network namespace n2 as a
# worker, reached over a veth pair 10.99.0.1 <-> 10.99.0.2. Node labels rack=r1 / rack=r2.
# Idempotent: each step runs only when its result is missing. scripts/swarm-down.sh undoes it.
set -euo pipefail
state="${WHEELHOUSE_STATE_DIR:-/tmp/wheelhouse}"
image="${WHEELHOUSE_TEST_IMAGE:-local/busybox:1}"
n2=(docker -H unix:///var/run/docker-n2.sock)
manager_ip=10.99.0.1
mkdir -p "$state"
say() { echo "swarm-up: $*" >&2; }

if ! command -v ip >/dev/null 2>&1 || ! command -v nsenter >/dev/null 2>&1; then
  say "installing iproute2 and util-linux"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iproute2 util-linux >/dev/null
fi

if ! ip netns list | grep -qE '^n2( |$)'; then
  say "creating network namespace n2"
  ip netns add n2
fi
if ! ip link show veth-h >/dev/null 2>&1; then
  say "linking veth-h ($manager_ip) to veth-n2 (10.99.0.2) in n2"
  ip link add veth-h type veth peer name veth-n2 netns n2
fi
ip addr replace "$manager_ip/24" dev veth-h
ip link set veth-h up
ip -n n2 addr replace 10.99.0.2/24 dev veth-n2
ip -n n2 link set veth-n2 up
ip -n n2 link set lo up

# nsenter --net, not `ip netns exec`: the latter remounts /sys and dockerd then finds no devices
# cgroup. unshare -u gives the engine its own hostname, which Docker reports as the swarm node's.
if ! "${n2[@]}" info >/dev/null 2>&1; then
  say "starting dockerd wh-node-2 in n2 (log: $state/dockerd-n2.log)"
  mkdir -p /var/lib/docker-n2 /var/run/docker-n2
  nohup nsenter --net=/var/run/netns/n2 unshare --uts sh -c 'hostname wh-node-2 && exec dockerd \
    --data-root /var/lib/docker-n2 --exec-root /var/run/docker-n2 -H unix:///var/run/docker-n2.sock \
    --pidfile /var/run/docker-n2.pid --iptables=false --bridge=none' >"$state/dockerd-n2.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    if "${n2[@]}" info >/dev/null 2>&1; then break; fi
    sleep 1
  done
  if ! "${n2[@]}" info >/dev/null 2>&1; then
    say "dockerd wh-node-2 did not answer within 60 s; see $state/dockerd-n2.log"
    tail -20 "$state/dockerd-n2.log" >&2
    exit 1
  fi
fi
n2_name=$("${n2[@]}" info --format '{{.Name}}')
if [ "$n2_name" != wh-node-2 ]; then
  say "the engine on docker-n2.sock is named $n2_name, not wh-node-2; stop it and run again"
  exit 1
fi

swarm_state=$(docker info --format '{{.Swarm.LocalNodeState}}')
# An engine restarted while veth-h was gone cannot listen on $manager_ip and keeps its swarm in
# error for good. That swarm is this script's (it is the only one on $manager_ip): start it again.
if [ "$swarm_state" = error ] && [ "$(docker info --format '{{.Swarm.NodeAddr}}')" = "$manager_ip" ]; then
  say "the main engine's swarm on $manager_ip is in error ($(docker info --format '{{.Swarm.Error}}')); leaving it to start anew"
  docker swarm leave --force >/dev/null
  swarm_state=inactive
fi
if [ "$swarm_state" = inactive ]; then
  say "initialising a swarm on the main engine ($manager_ip:2377)"
  docker swarm init --advertise-addr "$manager_ip" --listen-addr "$manager_ip:2377" >/dev/null
  # swarm-down.sh leaves the swarm only when this script made it.
  touch "$state/swarm-created"
elif [ "$(docker info --format '{{.Swarm.ControlAvailable}}')" != true ]; then
  say "the main engine is in a swarm but not a manager of it; leave that swarm first"
  exit 1
fi

# A worker's /info names no cluster: it is in this swarm when this swarm's manager knows its node ID.
n2_state=$("${n2[@]}" info --format '{{.Swarm.LocalNodeState}} {{.Swarm.NodeID}}')
if [ "${n2_state%% *}" != active ] || ! docker node inspect "${n2_state#* }" >/dev/null 2>&1; then
  if [ "${n2_state%% *}" != inactive ]; then
    say "wh-node-2 belongs to another swarm; leaving it"
    "${n2[@]}" swarm leave --force >/dev/null
  fi
  say "joining wh-node-2 to the swarm as a worker"
  "${n2[@]}" swarm join --token "$(docker swarm join-token -q worker)" "$manager_ip:2377" >/dev/null
fi
n1_id=$(docker info --format '{{.Swarm.NodeID}}')
n2_id=$("${n2[@]}" info --format '{{.Swarm.NodeID}}')
echo "$n2_id" >"$state/swarm-n2-node-id"

# Earlier joins of wh-node-2 leave nodes behind that stay down forever; tests expect two nodes.
for stale in $(docker node ls --format '{{.ID}} {{.Hostname}}' | awk -v keep="$n2_id" '$2 == "wh-node-2" && $1 != keep { print $1 }'); do
  say "removing stale node $stale (an earlier wh-node-2)"
  docker node rm --force "$stale" >/dev/null
done

if ! "${n2[@]}" image inspect "$image" >/dev/null 2>&1; then
  say "loading $image into wh-node-2"
  docker save "$image" | "${n2[@]}" load >/dev/null
fi

ensure_node() {
  local id=$1 rack=$2
  if [ "$(docker node inspect --format '{{index .Spec.Labels "rack"}}' "$id")" != "$rack" ]; then
    say "labelling node $id rack=$rack"
    docker node update --label-add "rack=$rack" "$id" >/dev/null
  fi
  # A test run that died before restoring a drained node must not leave the next one without it.
  if [ "$(docker node inspect --format '{{.Spec.Availability}}' "$id")" != active ]; then
    say "setting node $id back to active"
    docker node update --availability active "$id" >/dev/null
  fi
}
ensure_node "$n1_id" r1
ensure_node "$n2_id" r2

for _ in $(seq 1 60); do
  if [ "$(docker node inspect --format '{{.Status.State}}' "$n1_id" "$n2_id" | sort -u)" = ready ]; then exit 0; fi
  sleep 1
done
say "the nodes did not both become ready within 60 s:"
docker node ls >&2
exit 1
