#!/usr/bin/env bash
# Time from process start to the first answered HTTP request, on a fresh SQLite database (first start: migrations
# and demo data) and on an existing one, against a baseline measured in the same run: the same binary running a
# command that only starts the runtime and prints help. Median of RUNS (default 5). Binds 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
port=${PORT:-5099}

dotnet build -c Release src/Kelas.Server -v quiet -nologo >/dev/null
dll=$PWD/src/Kelas.Server/bin/Release/net10.0/kelas.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

first_answer_ms() { # $1: directory holding (or not) kelas.db
  local start pid elapsed
  start=$(now_ms)
  (cd "$1" && exec dotnet "$dll" --urls "http://127.0.0.1:$port" >"$1/server.log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do
    sleep 0.01
    if [ $(( $(now_ms) - start )) -gt 60000 ]; then echo "server did not answer" >&2; kill $pid; exit 1; fi
  done
  elapsed=$(( $(now_ms) - start ))
  kill $pid; wait $pid 2>/dev/null || true
  echo "$elapsed"
}

baseline=(); fresh=(); existing=()
for i in $(seq "$runs"); do
  start=$(now_ms); (cd "$work" && dotnet "$dll" skyroom --help >/dev/null); baseline+=($(( $(now_ms) - start )))
  dir="$work/fresh-$i"; mkdir -p "$dir"
  fresh+=("$(first_answer_ms "$dir")")
  existing+=("$(first_answer_ms "$dir")")
done

b=$(printf '%s\n' "${baseline[@]}" | median)
f=$(printf '%s\n' "${fresh[@]}" | median)
e=$(printf '%s\n' "${existing[@]}" | median)
echo "| scenario | median ms | ratio to baseline |"
echo "|---|---:|---:|"
echo "| baseline: runtime start + help text | $b | 1.00 |"
echo "| first start (migrations + demo data) to first answer | $f | $(awk "BEGIN {printf \"%.2f\", $f/$b}") |"
echo "| start on an existing database to first answer | $e | $(awk "BEGIN {printf \"%.2f\", $e/$b}") |"
