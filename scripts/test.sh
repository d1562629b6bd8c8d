#!/usr/bin/env bash
# Builds DraftingKit and runs every test project; ends with the totals on a line of their own:
# "N passed, N failed", with the count of skipped tests on the line before. Needs the .NET SDK and the NuGet
# package mirror; no test uses the network.
# Tests that need LibreOffice, Poppler or the UN corpus beside the repository report Skipped with their reason
# where it is missing (installed by scripts/install-test-tools.sh); with CI=true any skip fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
results=$(mktemp -d)
trap 'rm -rf "$log" "$results"' EXIT

# The TRX files keep each skipped test's reason, which the console summary leaves out.
dotnet test DraftingKit.sln --configuration Release --logger trx --results-directory "$results" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the runner failed before any test result: count that as a failure, never as a pass.
  failed=1
fi

if [ "$skipped" -gt 0 ]; then
  echo
  echo "Skipped tests and why:"
  # One line per skipped test: its name, then the reason it gave.
  cat "$results"/*.trx 2>/dev/null | awk '
    /<UnitTestResult / && /outcome="NotExecuted"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); next }
    name != "" && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print "  " name ": " $0; name = "" }' \
    | sed 's/&quot;/"/g; s/&amp;/\&/g'
  if [ "${CI:-}" = "true" ]; then
    echo "CI=true: a skipped test checked nothing; install what it needs (scripts/install-test-tools.sh)." >&2
    [ "$status" -eq 0 ] && status=1
    # In CI a skip is a failure, and the totals say so.
    failed=$((failed + skipped))
  fi
fi

echo
echo "$skipped skipped"
echo "$passed passed, $failed failed"
exit "$status"
