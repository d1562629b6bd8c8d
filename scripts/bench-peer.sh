#!/usr/bin/env bash
# Whole-process time of `draftkit lint` over the seed corpus against markdownlint-cli2 (the Markdown linter a
# documentation team would otherwise put in CI) over the same templates: one warm-up run each, then RUNS runs
# alternating the two tools, and the median of each. Both exit 1 when they find something; the exit code is
# ignored, the time is what is measured.
#
#   ./scripts/bench-peer.sh            RUNS=15 by default
#   RUNS=31 ./scripts/bench-peer.sh
#
# markdownlint-cli2 is installed from the npm registry into tests/peer/node_modules with the versions pinned in
# tests/peer/package-lock.json (npm ci), with its default rules.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

runs=${RUNS:-15}
corpus=tests/corpus/seeds
peer=tests/peer/node_modules/.bin/markdownlint-cli2

if [ ! -x "$peer" ]; then
  (cd tests/peer && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet build src/DraftingKit.Cli -c Release --nologo -v quiet >/dev/null
draftkit=(dotnet src/DraftingKit.Cli/bin/Release/net10.0/draftkit.dll lint "$corpus")
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
ours=()
theirs=()
for _ in $(seq "$runs"); do
  ours+=("$(time_ms "${draftkit[@]}")")
  theirs+=("$(time_ms "${markdownlint[@]}")")
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
