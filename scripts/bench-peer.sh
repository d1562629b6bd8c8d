#!/usr/bin/env bash
# Whole-process time of `draftkit lint` over the seed corpus against markdownlint-cli2 (the Markdown linter a
# documentation team would otherwise put in CI) over the same templates: one warm-up run each, then RUNS runs
# alternating the two tools, and the median of each. Both exit 1 when they find something; the exit code is
# ignored, the time is what is measured.
#
#   ./scripts/bench-peer.sh            RUNS=15 by default, over the seed corpus
#   RUNS=31 ./scripts/bench-peer.sh
#   CORPUS=tests/corpus/akn4un-templates RUNS=5 ./scripts/bench-peer.sh    the 995 General Assembly texts (18.6 MB)
#   NATIVE=0 ./scripts/bench-peer.sh   without the native draftkit
#
# Three commands are timed: the portable draftkit.dll on the .NET runtime, the native draftkit (Native AOT; the one
# at DRAFTKIT_NATIVE, or else published by scripts/publish-cli.sh) and markdownlint-cli2.
#
# markdownlint-cli2 is installed from the npm registry into tests/peer/node_modules with the versions pinned in
# tests/peer/package-lock.json (npm ci), with its default rules.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

runs=${RUNS:-15}
corpus=${CORPUS:-tests/corpus/seeds}
peer=tests/peer/node_modules/.bin/markdownlint-cli2

if [ ! -x "$peer" ]; then
  (cd tests/peer && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet build src/DraftingKit.Cli -c Release --nologo -v quiet >/dev/null
draftkit=(dotnet src/DraftingKit.Cli/bin/Release/net10.0/draftkit.dll lint "$corpus")
native_on=${NATIVE:-1}
if [ "$native_on" = 1 ]; then
  native_path=${DRAFTKIT_NATIVE:-}
  if [ -z "$native_path" ] || [ ! -x "$native_path" ]; then
    native_path=$(./scripts/publish-cli.sh | tail -n 1)
  fi
  native=("$native_path" lint "$corpus")
fi
markdownlint=("$peer" "$corpus/**/*.res.md")

# Milliseconds of one run of the command given, its output discarded.
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

time_ms "${draftkit[@]}" >/dev/null
time_ms "${markdownlint[@]}" >/dev/null
if [ "$native_on" = 1 ]; then time_ms "${native[@]}" >/dev/null; fi
ours=()
theirs=()
natives=()
for _ in $(seq "$runs"); do
  ours+=("$(time_ms "${draftkit[@]}")")
  theirs+=("$(time_ms "${markdownlint[@]}")")
  if [ "$native_on" = 1 ]; then natives+=("$(time_ms "${native[@]}")"); fi
done

files=$(find "$corpus" -name '*.res.md' | wc -l)
bytes=$(find "$corpus" -name '*.res.md' -exec cat {} + | wc -c)
ours_median=$(printf '%s\n' "${ours[@]}" | median)
theirs_median=$(printf '%s\n' "${theirs[@]}" | median)
draftkit_findings=$("${draftkit[@]}" 2>/dev/null | grep -c ': \(error\|warning\|info\)' || true)
peer_findings=$("${markdownlint[@]}" 2>&1 | grep -c ' MD[0-9]' || true)

echo "corpus: $files templates, $bytes bytes; $runs runs each after one warm-up; $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "draftkit lint        median ${ours_median} ms  (runs: ${ours[*]})  findings: $draftkit_findings"
echo "markdownlint-cli2    median ${theirs_median} ms  (runs: ${theirs[*]})  findings: $peer_findings"
awk -v a="$ours_median" -v b="$theirs_median" 'BEGIN { printf "ratio draftkit / markdownlint-cli2: %.2f\n", a / b }'
if [ "$native_on" = 1 ]; then
  native_median=$(printf '%s\n' "${natives[@]}" | median)
  native_findings=$("${native[@]}" 2>/dev/null | grep -c ': \(error\|warning\|info\)' || true)
  echo "draftkit lint (native AOT)  median ${native_median} ms  (runs: ${natives[*]})  findings: $native_findings"
  awk -v a="$native_median" -v b="$theirs_median" 'BEGIN { printf "ratio native draftkit / markdownlint-cli2: %.2f\n", a / b }'
fi
