#!/usr/bin/env bash
# Tracked short-link redirects per second against a floor measured in the same run: a minimal Kestrel app that
# answers every request with a fixed 302 (Kelas.Bench floor-302). wrk (from apt) drives both on 127.0.0.1 with the
# same threads, connections and duration; each run is bounded by DURATION. Afterwards the visits Kelas stored are
# compared with the requests wrk completed (wrk does not count the ≤ CONNECTIONS requests in flight when it stops).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
floor_port=${FLOOR_PORT:-5301}
kelas_port=${KELAS_PORT:-5302}

if ! command -v wrk >/dev/null; then
  echo "installing wrk from apt" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi

dotnet build -c Release src/Kelas.Server -v quiet -nologo >/dev/null
dotnet build -c Release bench/Kelas.Bench -v quiet -nologo >/dev/null
kelas="dotnet $PWD/src/Kelas.Server/bin/Release/net10.0/kelas.dll"
bench="dotnet $PWD/bench/Kelas.Bench/bin/Release/net10.0/Kelas.Bench.dll"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

wait_for() { # $1: url
  for _ in $(seq 600); do curl -s -o /dev/null "$1" && return 0; sleep 0.05; done
  echo "nothing answered at $1" >&2; exit 1
}

run_wrk() { # $1: url → prints "rps p50_ms p99_ms requests"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    / 50% / { p50 = ms($2) }
    / 99% / { p99 = ms($2) }
    /requests in/ { n = $1 }
    END { printf "%s %.2f %.2f %s\n", rps, p50, p99, n }'
}

# Floor: the least any server must do for a redirect.
$bench floor-302 --port "$floor_port" >/dev/null 2>&1 & pids+=($!)
wait_for "http://127.0.0.1:$floor_port/l/warm"
wrk -t"$threads" -c"$connections" -d2s "http://127.0.0.1:$floor_port/l/warm" >/dev/null
read -r floor_rps floor_p50 floor_p99 _ <<<"$(run_wrk "http://127.0.0.1:$floor_port/l/bench")"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true

# Kelas: a fresh SQLite database, one business, one link; the request log off (it writes a console line per request).
cd "$work"
$kelas --urls "http://127.0.0.1:$kelas_port" --Kelas:SeedDemo=false --Logging:LogLevel:Kelas.Requests=Warning >"$work/server.log" 2>&1 & pids+=($!)
wait_for "http://127.0.0.1:$kelas_port/healthz"
created=$($kelas links business create bench --json 2>/dev/null)
token=$(sed -E 's/.*"token":"([0-9a-f]+)".*/\1/' <<<"$created")
key=$(sed -E 's/.*"sc_api_key":"([0-9a-f]+)".*/\1/' <<<"$created")
gateway() { curl -s "http://127.0.0.1:$kelas_port/srv/sc/nzh/doServiceCall" -H "_token_: $token" -d scApiKey="$key" "$@"; }
gateway -d scProductId=46410 -d urlOrContent=https://example.com/bench -d shortenObjectKind=link -d hash=bench >/dev/null
visits() { sleep 0.5; gateway -d scProductId=46412 | grep -o 'visitCount\\":[0-9]*' | head -1 | grep -o '[0-9]*$'; }

wrk -t"$threads" -c"$connections" -d2s "http://127.0.0.1:$kelas_port/l/bench" >/dev/null
before=$(visits)
read -r kelas_rps kelas_p50 kelas_p99 kelas_requests <<<"$(run_wrk "http://127.0.0.1:$kelas_port/l/bench")"
after=$(visits)
counted=$((after - before))

ratio=$(awk "BEGIN {printf \"%.2f\", $kelas_rps / $floor_rps}")
echo "| scenario ($threads threads, $connections connections, $duration) | requests/s | p50 ms | p99 ms | ratio to floor |"
echo "|---|---:|---:|---:|---:|"
echo "| floor: minimal Kestrel, fixed 302 | $floor_rps | $floor_p50 | $floor_p99 | 1.00 |"
echo "| Kelas: tracked redirect (/l/{hash}) | $kelas_rps | $kelas_p50 | $kelas_p99 | $ratio |"
echo
echo "wrk completed $kelas_requests requests; Kelas stored $counted visits (difference $((counted - kelas_requests)), at most $connections in flight when wrk stopped)"
