#!/usr/bin/env bash
# Makes sure a Docker Engine answers on /var/run/docker.sock, installing and starting one if needed.
# Debian's docker.io is the engine used in development and CI (no registry is reachable, so
# nothing here pulls images).
set -euo pipefail
log_dir="${WHEELHOUSE_STATE_DIR:-/tmp/wheelhouse}"
mkdir -p "$log_dir"

if docker info >/dev/null 2>&1; then
  exit 0
fi
if ! command -v dockerd >/dev/null 2>&1; then
  echo "docker-up: installing docker.io" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi
echo "docker-up: starting dockerd (log: $log_dir/dockerd.log)" >&2
nohup dockerd >"$log_dir/dockerd.log" 2>&1 &
echo $! >"$log_dir/dockerd.pid"
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then exit 0; fi
  sleep 1
done
echo "docker-up: dockerd did not answer within 60 s; see $log_dir/dockerd.log" >&2
tail -20 "$log_dir/dockerd.log" >&2
exit 1
