#!/usr/bin/env bash
# Regenerates tests/corpus/akn4un-templates/ from the UN's AKN4UN corpus with `draftkit import-akn`: one
# *.res.md template per adopted resolution (A-RES-76-10.res.md; the French file as A-RES-75-274.fra.res.md).
# The folder is emptied first, so the run is repeatable and removes templates of files no longer in the corpus.
# The rules' false-positive suite lints these templates: adopted UN text.
#
# Usage: scripts/akn/generate-templates.sh [corpus folder] [output folder]
# Defaults: ../shared/corpus/akn4un/en and tests/corpus/akn4un-templates.
set -euo pipefail
cd "$(dirname "$0")/../.."

corpus=${1:-../shared/corpus/akn4un/en}
output=${2:-tests/corpus/akn4un-templates}
if [ ! -d "$corpus" ]; then
  echo "generate-templates: no corpus at '$corpus'" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/DraftingKit.Cli --configuration Release -v quiet -nologo >/dev/null
mkdir -p "$output"
find "$output" -maxdepth 1 -name '*.res.md' -delete
dotnet run --no-build --configuration Release --project src/DraftingKit.Cli -- import-akn "$corpus" -o "$output" --force >/dev/null
echo "generate-templates: $(find "$output" -maxdepth 1 -name '*.res.md' | wc -l) templates, $(du -sh "$output" | cut -f1) in $output"
