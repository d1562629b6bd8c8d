#!/usr/bin/env bash
# Regenerates the imported seed corpus: every resolution and decision of the UN documents in ../shared/seeds,
# imported with `draftkit import` into tests/corpus/seeds/<seed>/*.res.md, and the bundled sample
# samples/A-RES-74-177.res.md (the adopted resolution 74/177 of seed 003). Re-run it after changing the
# importer and review the diff as code: the corpus test compares these templates with the original seeds.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
seeds=${SEEDS:-../shared/seeds}

dotnet build src/DraftingKit.Cli --configuration Release --nologo -v quiet >/dev/null
draftkit=(dotnet src/DraftingKit.Cli/bin/Release/net10.0/draftkit.dll)

for seed in "$seeds"/*.txt; do
  name=$(basename "$seed" .txt)
  target=tests/corpus/seeds/$name
  rm -rf "$target"
  "${draftkit[@]}" import "$seed" -o "$target" --force 2>"$target.log" >/dev/null || { cat "$target.log"; exit 1; }
  # The log keeps the importer's diagnostics with paths relative to the repository, so the diff stays stable.
  sed -i "s#^$seeds/#seeds/#" "$target.log"
  echo "$name: $(ls "$target" | wc -l) texts"
done

cp tests/corpus/seeds/003_*/A-RES-74-177.res.md samples/A-RES-74-177.res.md
