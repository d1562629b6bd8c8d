#!/usr/bin/env bash
# Runs the benchmarks from a clean clone: BenchmarkDotNet (parse, lint and render of 74/177 and of the seed
# corpus against the read + decode floor; lint scaling from 10 to 100,000 paragraphs), then the whole-process
# comparison of `draftkit lint` with markdownlint-cli2 over the seed corpus (scripts/bench-peer.sh).
#
#   ./scripts/bench.sh                 everything, the AKN4UN sweep and generator benchmarks included (tens of minutes on 2 cores)
#   ./scripts/bench.sh '*Lint*'        only the BenchmarkDotNet classes matching the filter, no peer run
#   BENCH_PEER_ONLY=1 ./scripts/bench.sh   only the peer comparison
#
# Results: BenchmarkDotNet.Artifacts/results/*.md and the peer's table on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ "${BENCH_PEER_ONLY:-0}" != 1 ]; then
  dotnet run -c Release --project tests/DraftingKit.Benchmarks -- --filter "${1:-*}" --artifacts BenchmarkDotNet.Artifacts
fi

if [ $# -eq 0 ]; then
  ./scripts/bench-peer.sh
fi
