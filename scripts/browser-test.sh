#!/usr/bin/env bash
# The browser lane: end-to-end tests (tests/Kelas.Browser.Tests) in Debian's headless Chromium, driven by Playwright,
# against the whole server on Kestrel at 127.0.0.1. Installs Chromium and the Noto fonts from apt when the browser is
# missing (never a browser build of Playwright's own), turns the lane's gate on, and runs only those tests through
# ./test.sh, so it ends with "N passed, M failed". Screenshots land in artifacts/screenshots/.
# Extra arguments go to ./test.sh (e.g. --no-build). KELAS_CHROMIUM points at another Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."

chromium=${KELAS_CHROMIUM:-/usr/bin/chromium}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x "$chromium" ]; then
  echo "installing chromium and fonts-noto-core from apt…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >&2
fi
if [ ! -x "$chromium" ]; then
  echo "no Chromium at $chromium" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

export KELAS_CHROMIUM=$chromium
export KELAS_BROWSER_TESTS=1
exec ./test.sh --filter "FullyQualifiedName~Kelas.Browser.Tests" "$@"
