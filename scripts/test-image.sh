#!/usr/bin/env bash
# Builds local/busybox:1, the image tests and demos run, from Debian's busybox-static:
# no registry is reachable, so nothing may be pulled.
set -euo pipefail
image="${WHEELHOUSE_TEST_IMAGE:-local/busybox:1}"
host="${DOCKER_HOST:-unix:///var/run/docker.sock}"
if docker -H "$host" image inspect "$image" >/dev/null 2>&1; then
  exit 0
fi
if [ ! -x /bin/busybox ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null
fi
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"' EXIT
cp /bin/busybox "$ctx/busybox"
cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox","--install","-s","/bin"]
CMD ["/bin/sh"]
DOCKERFILE
DOCKER_BUILDKIT=0 docker -H "$host" build -q -t "$image" "$ctx" >/dev/null
echo "test-image: built $image" >&2
