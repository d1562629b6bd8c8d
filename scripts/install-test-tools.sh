#!/usr/bin/env bash
# Installs what the tests that look at pages need, where it can: LibreOffice (DOCX to PDF), Poppler (PDF to text
# and PNG), MuPDF (a PDF's text as another extractor gives it), Chromium and the npm packages under tests/look (HTML in a browser, axe-core), and Neovim (the real
# editor client of the language server's tests, tests/DraftingKit.Tests/Lsp/Neovim). Runs as root with
# apt-get and npm; says plainly what it could not install, and the tests that need it then report Skipped.
set -uo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in soffice pdftotext chromium; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "install-test-tools: installing libreoffice-writer-nogui poppler-utils chromium (missing: ${missing[*]})"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || echo "install-test-tools: apt-get update failed" >&2
    apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils chromium fonts-liberation >/dev/null 2>&1 \
      || echo "install-test-tools: apt-get install failed" >&2
  else
    echo "install-test-tools: not root or no apt-get; cannot install ${missing[*]}" >&2
  fi
fi

if ! command -v nvim >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "install-test-tools: installing neovim (the language server's editor test)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends neovim >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq --no-install-recommends neovim >/dev/null 2>&1; } \
      || echo "install-test-tools: apt-get install neovim failed" >&2
  else
    echo "install-test-tools: not root or no apt-get; cannot install neovim" >&2
  fi
fi

# MuPDF's mutool: the text another PDF extractor gives (tests/DraftingKit.Tests/Import/OtherExtractorsImportTests.cs).
if ! command -v mutool >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "install-test-tools: installing mupdf-tools (MuPDF's text of a PDF)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends mupdf-tools >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq --no-install-recommends mupdf-tools >/dev/null 2>&1; } \
      || echo "install-test-tools: apt-get install mupdf-tools failed" >&2
  else
    echo "install-test-tools: not root or no apt-get; cannot install mupdf-tools" >&2
  fi
fi

# The native draftkit (scripts/publish-cli.sh, run by .ci/run) links with clang against zlib.
if ! command -v clang >/dev/null || [ ! -e /usr/include/zlib.h ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "install-test-tools: installing clang zlib1g-dev (the native link of draftkit)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends clang zlib1g-dev >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq --no-install-recommends clang zlib1g-dev >/dev/null 2>&1; } \
      || echo "install-test-tools: apt-get install clang zlib1g-dev failed" >&2
  else
    echo "install-test-tools: not root or no apt-get; cannot install clang zlib1g-dev" >&2
  fi
fi

if [ -f tests/look/package-lock.json ] && [ ! -d tests/look/node_modules ]; then
  if command -v npm >/dev/null; then
    (cd tests/look && npm ci --no-audit --no-fund --silent) || echo "install-test-tools: npm ci in tests/look failed" >&2
  else
    echo "install-test-tools: npm is not installed; the browser checks of the HTML will be skipped" >&2
  fi
fi

for tool in soffice pdftotext pdftoppm mutool chromium node nvim clang; do
  command -v "$tool" >/dev/null || echo "install-test-tools: $tool is still missing; the tests that need it report Skipped" >&2
done
exit 0
