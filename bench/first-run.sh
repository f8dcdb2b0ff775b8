#!/usr/bin/env bash
# What a newcomer waits for: a fresh clone of this repository, then the README's start command
# (`dotnet run --project src/Kelas.Server`, which restores and builds first) until it answers /healthz.
# Run once; binds 127.0.0.1 only and stops the server afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5098}
clone=$(mktemp -d)
trap 'rm -rf "$clone"' EXIT
git clone -q . "$clone/kelas"

start=$(date +%s%3N)
(cd "$clone/kelas" && exec dotnet run --project src/Kelas.Server -- --urls "http://127.0.0.1:$port" >"$clone/server.log" 2>&1) &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do
  sleep 0.2
  if [ $(( $(date +%s%3N) - start )) -gt 600000 ]; then echo "no answer within 10 minutes" >&2; kill $pid; exit 1; fi
done
elapsed=$(( $(date +%s%3N) - start ))
pkill -P $pid || true
kill $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
echo "fresh clone, dotnet run to first answer: $elapsed ms"
