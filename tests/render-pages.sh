#!/usr/bin/env bash
# Renders templates to DOCX with draftkit, converts them to PDF with LibreOffice and to one PNG per page with
# pdftoppm, so that a person can look at the pages. Needs soffice (or libreoffice) and pdftoppm on PATH.
#
#   tests/render-pages.sh [template.res.md …]     default: samples/*.res.md, else the rendering test fixtures
#   OUT=folder DPI=80 tests/render-pages.sh …      output folder (default: artifacts/pages) and resolution
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${OUT:-$root/artifacts/pages}"
dpi="${DPI:-80}"

office="$(command -v soffice || command -v libreoffice || true)"
if [[ -z "$office" ]] || ! command -v pdftoppm >/dev/null; then
  echo "render-pages: needs soffice/libreoffice and pdftoppm on PATH (apt-get install libreoffice-writer poppler-utils)" >&2
  exit 2
fi

templates=("$@")
if [[ ${#templates[@]} -eq 0 ]]; then
  shopt -s nullglob
  templates=("$root"/samples/*.res.md)
  if [[ ${#templates[@]} -eq 0 ]]; then
    templates=("$root"/tests/DraftingKit.Tests/Rendering/Fixtures/*.res.md)
  fi
fi

mkdir -p "$out"
dotnet run --project "$root/src/DraftingKit.Cli" -- render "${templates[@]}" --format docx --output "$out" --force

# A private LibreOffice profile, so that a running LibreOffice does not take the conversion over.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for docx in "$out"/*.docx; do
  "$office" "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
  pdf="${docx%.docx}.pdf"
  pdftoppm -r "$dpi" -png "$pdf" "${pdf%.pdf}-page"
  echo "$(basename "$pdf"): $(ls "${pdf%.pdf}"-page*.png | wc -l) page(s)"
done
echo "Pages in $out"
