#!/usr/bin/env bash
# Packages the VS Code extension (editors/vscode) as editors/vscode/draftingkit.vsix: installs its npm packages
# from the lock file, compiles the TypeScript and runs @vscode/vsce. Needs Node.js 20 and npm.
#   ./scripts/package-vscode.sh
#   code --install-extension editors/vscode/draftingkit.vsix
set -euo pipefail
cd "$(dirname "$0")/../editors/vscode"
npm ci --no-audit --no-fund --ignore-scripts
npx vsce package --out draftingkit.vsix
echo "package-vscode: $(pwd)/draftingkit.vsix"
