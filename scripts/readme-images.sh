#!/usr/bin/env bash
# Regenerates the README's pictures from the current code: the first page of resolution 74/177 and of a committee
# report (seed 000), rendered to Word by draftkit, laid out by LibreOffice and drawn by pdftoppm, into docs/images/.
# Needs soffice and pdftoppm (scripts/install-test-tools.sh installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/docs/images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

office="$(command -v soffice || command -v libreoffice || true)"
if [[ -z "$office" ]] || ! command -v pdftoppm >/dev/null; then
  echo "readme-images: needs soffice and pdftoppm (apt-get install libreoffice-writer-nogui poppler-utils)" >&2
  exit 2
fi

dotnet run --project "$root/src/DraftingKit.Cli" -c Release -- render \
  "$root/samples/A-RES-74-177.res.md" "$root/tests/corpus/reports/000_88cf70b5d62246a4.report.md" \
  --format docx -o "$work/" --force
"$office" "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work"/*.docx >/dev/null

mkdir -p "$out"
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/A-RES-74-177.pdf" "$out/resolution-74-177-page-1"
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/000_88cf70b5d62246a4.pdf" "$out/committee-report-page-1"
echo "readme-images: $(ls "$out"/*.png | wc -l) pictures in $out"
