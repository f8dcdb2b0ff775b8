#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the test lane on 127.0.0.1 (port KELAS_PG_PORT, default 55432),
# installing Debian's postgresql package first when it is missing. Prints the connection string to use as
# KELAS_TEST_POSTGRES. Idempotent: a server already running in KELAS_PG_DIR is reused.
set -euo pipefail

port=${KELAS_PG_PORT:-55432}
dir=${KELAS_PG_DIR:-/tmp/kelas-pg}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "installing postgresql from apt…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
if [ "$(id -u)" = 0 ]; then
  run() { su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; }
  mkdir -p "$dir" && chown postgres:postgres "$dir"
else
  run() { "$@"; }
  mkdir -p "$dir"
fi

if [ ! -f "$dir/PG_VERSION" ]; then
  run "$bin/initdb" -D "$dir" -U kelas --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! run "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  run "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" >/dev/null
fi

echo "Host=127.0.0.1;Port=$port;Username=kelas;Database=postgres;Pooling=true;Maximum Pool Size=50"
