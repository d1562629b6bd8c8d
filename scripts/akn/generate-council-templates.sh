#!/usr/bin/env bash
# Regenerates tests/corpus/akn4un-sc-templates/ from the UN's AKN4UN corpus of Security Council resolutions
# (../shared/corpus/akn4un/sc-en, 2020-2024) with `draftkit import-akn`: one *.res.md template per resolution
# (S-RES-2618-2022.res.md), organ Security Council. The Council sweep (AknCouncilSweepTests) checks that they are
# up to date; the rules' false-positive suite lints them.
#
# Usage: scripts/akn/generate-council-templates.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
output=tests/corpus/akn4un-sc-templates
scripts/akn/generate-templates.sh ../shared/corpus/akn4un/sc-en "$output"
# The folder also holds a presidential statement (S/PRST/2020/11): not a resolution, so not a Council template.
find "$output" -maxdepth 1 -name 'S-PRST-*.res.md' -delete
echo "generate-council-templates: $(find "$output" -maxdepth 1 -name '*.res.md' | wc -l) Council resolution templates"
