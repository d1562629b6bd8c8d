#!/usr/bin/env bash
# Measures what a PDF's text layer costs a drafter: every template named is rendered to Word, printed to PDF
# through LibreOffice, read back with pdftotext (laid out and in reading order), imported with `draftkit import`
# and linted with `draftkit lint`. A finding the import adds to what the template itself draws is a false
# positive a user meets on a real PDF; the script lists them per text and counts them.
#
#   scripts/lint-pdf-imports.sh WORKDIR TEMPLATE...
#   scripts/lint-pdf-imports.sh /tmp/probe $(ls tests/corpus/akn4un-templates/*.res.md | awk 'NR % 4 == 0')
#
# WORKDIR keeps the Word files, PDFs and texts between runs (they are made again only when missing), so a
# second run after an importer change reimports and relints alone. Needs soffice and pdftotext
# (scripts/install-test-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,9p' "$0"; exit 2; }
work=$(realpath -m "$1"); shift

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build src/DraftingKit.Cli --configuration Release --nologo -v quiet >/dev/null
draftkit=(dotnet src/DraftingKit.Cli/bin/Release/net10.0/draftkit.dll)

mkdir -p "$work"/{orig,docx,pdf,txt}
rm -rf "$work"/orig/* "$work"/layout "$work"/flow
for template in "$@"; do cp "$template" "$work/orig/"; done

# Word and PDF once per text: LibreOffice takes about a second a page.
missing=()
for template in "$work"/orig/*.res.md; do
  name=$(basename "$template" .res.md)
  [ -s "$work/pdf/$name.pdf" ] && continue
  "${draftkit[@]}" render "$template" --format docx -o "$work/docx/$name.docx" --force >/dev/null
  missing+=("$work/docx/$name.docx")
done
if [ ${#missing[@]} -gt 0 ]; then
  # A profile of its own, so that a LibreOffice the tests or another run have open does not take the job.
  soffice -env:UserInstallation="file://$work/.profile" --headless --convert-to pdf --outdir "$work/pdf" "${missing[@]}" >/dev/null 2>&1
fi
for pdf in "$work"/pdf/*.pdf; do
  name=$(basename "$pdf" .pdf)
  [ -e "$work/orig/$name.res.md" ] || continue
  [ -s "$work/txt/$name.layout.txt" ] || pdftotext -layout "$pdf" "$work/txt/$name.layout.txt"
  [ -s "$work/txt/$name.flow.txt" ] || pdftotext "$pdf" "$work/txt/$name.flow.txt"
done

# One finding's key: the text, the rule and the message (lines move on import, so they are left out, and so is the
# folder of a template a message names as its source, which differs between the template and its imports).
# A clean lint has no finding, so grep's status is not the script's.
keys() { { grep -E '^[^ ].*: (error|warning|info) DK[0-9]+:' "$1" || true; } \
  | sed -E 's#^.*/([^/(]+)\.res\.md\([0-9]+,[0-9]+\): [a-z]+ (DK[0-9]+): #\1 \2 #; s#template [^ ]*/([^/ )]+\.res\.md)#template \1#g' | sort; }

"${draftkit[@]}" lint "$work/orig" -s info > "$work/orig.lint" 2>&1 || true
keys "$work/orig.lint" > "$work/orig.keys"
total=0
for reading in layout flow; do
  mkdir -p "$work/$reading"
  for template in "$work"/orig/*.res.md; do
    name=$(basename "$template" .res.md)
    "${draftkit[@]}" import "$work/txt/$name.$reading.txt" -o "$work/$reading/$name" --force >/dev/null 2>&1 \
      || echo "$name: import failed ($reading)"
    # A text the import splits in two keeps its name on the first part, so keys stay comparable.
    part=0
    for imported in "$work/$reading/$name"/*.res.md; do
      [ -e "$imported" ] || continue
      suffix=""; [ $part -gt 0 ] && suffix=".$part"
      mv "$imported" "$work/$reading/$name$suffix.res.md"
      part=$((part + 1))
    done
    rm -rf "${work:?}/$reading/$name"
  done
  "${draftkit[@]}" lint "$work/$reading" -s info > "$work/$reading.lint" 2>&1 || true
  keys "$work/$reading.lint" > "$work/$reading.keys"
  comm -13 "$work/orig.keys" "$work/$reading.keys" > "$work/$reading.added"
  comm -23 "$work/orig.keys" "$work/$reading.keys" > "$work/$reading.lost"
  added=$(wc -l < "$work/$reading.added")
  total=$((total + added))
  echo "$reading: $added findings added, $(wc -l < "$work/$reading.lost") lost ($work/$reading.added)"
  cut -d' ' -f1,2 "$work/$reading.added" | uniq -c | sort -rn | head -15
done
paragraphs=$(cat "$work"/orig/*.res.md | grep -cE '^([0-9]+\. |\*[A-Z]|\([a-z]+\) )' || true)
echo "$# texts, about $paragraphs numbered or italic-led paragraphs; $total findings added in both readings"
