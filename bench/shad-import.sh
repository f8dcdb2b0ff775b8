#!/usr/bin/env bash
# `kelas shad users import` of ROWS students (default 100,000) into a fresh SQLite database: first import (all
# inserts) and re-import (all updates), against a baseline measured in the same run: the same binary starting,
# migrating and answering `kelas shad event list` on the same database (everything but the import itself).
# The CSV is generated (quoted fields, Arabic ي/ك, Persian text), never committed. Median of RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-100000}
runs=${RUNS:-3}

dotnet build -c Release src/Kelas.Server -v quiet -nologo >/dev/null
kelas="dotnet $PWD/src/Kelas.Server/bin/Release/net10.0/kelas.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

awk -v rows="$rows" 'BEGIN {
  print "id,national_id,name,family,mobile,province,district,course_study,fundamental_id,role,verified"
  for (i = 1; i <= rows; i++)
    printf "%d,%010d,رونيكا%d,\"نادم كچائي, %d\",98912%07d,گیلان,1رشت .ناحیه,دوره ابتدایی توصیفی,%d,student,%s\n", i, i, i, i, i, i % 12 + 1, (i % 5 ? "true" : "false")
}' > "$work/students.csv"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { local start; start=$(now_ms); "$@" >/dev/null 2>&1; echo $(( $(now_ms) - start )); }

baseline=(); first=(); again=()
for i in $(seq "$runs"); do
  dir="$work/run-$i"; mkdir -p "$dir"; cd "$dir"
  baseline+=("$(timed $kelas shad event list --json)")
  first+=("$(timed $kelas shad users import "$work/students.csv" --json)")
  again+=("$(timed $kelas shad users import "$work/students.csv" --json)")
  cd - >/dev/null
done

b=$(printf '%s\n' "${baseline[@]}" | median)
f=$(printf '%s\n' "${first[@]}" | median)
a=$(printf '%s\n' "${again[@]}" | median)
echo "| scenario ($rows rows, SQLite, Release) | median ms | ratio to baseline |"
echo "|---|---:|---:|"
echo "| baseline: start, migrate, \`shad event list\` | $b | 1.00 |"
echo "| first import (inserts) | $f | $(awk "BEGIN {printf \"%.2f\", $f/$b}") |"
echo "| re-import (updates) | $a | $(awk "BEGIN {printf \"%.2f\", $a/$b}") |"
