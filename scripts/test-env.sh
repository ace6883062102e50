#!/usr/bin/env bash
# Everything the test suite needs on this machine: a Docker Engine, the locally built test image,
# a two-node swarm (swarm-up.sh), a PostgreSQL server, an OpenLDAP server (ldap-up.sh) and
# Chromium. Each step installs or starts only what is missing.
set -euo pipefail
here=$(dirname "$0")
bash "$here/docker-up.sh"
bash "$here/test-image.sh"
bash "$here/swarm-up.sh"
bash "$here/postgres-up.sh"
bash "$here/ldap-up.sh"
bash "$here/chromium-up.sh"
