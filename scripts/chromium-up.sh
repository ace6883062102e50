#!/usr/bin/env bash
# Installs Debian's Chromium for Playwright when it is missing (Playwright's own browser download
# cannot work offline; e2e/playwright.config.ts points at /usr/bin/chromium).
set -euo pipefail
if [ -x "${WHEELHOUSE_CHROMIUM:-/usr/bin/chromium}" ]; then exit 0; fi
echo "chromium-up: installing chromium" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
