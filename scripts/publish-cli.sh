#!/usr/bin/env bash
# Publishes the draftkit command as a Native AOT executable for linux-x64: one self-contained file, no .NET
# runtime needed where it runs, no JIT at start-up. The last line printed is the executable's path.
#
#   ./scripts/publish-cli.sh                   into artifacts/native/linux-x64/
#   ./scripts/publish-cli.sh <folder>          into the folder given
#
# Needs the .NET 10 SDK and, for the native link, clang and zlib1g-dev (apt-get install clang zlib1g-dev). The
# ILCompiler package comes from the NuGet source at the SDK's own version. The dotnet tool package
# (dotnet pack src/DraftingKit.Cli) is unaffected: it still carries the portable draftkit.dll.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out=${1:-artifacts/native/linux-x64}
for tool in clang; do
  if ! command -v "$tool" >/dev/null; then
    echo "publish-cli: '$tool' is not installed; the native link needs it (apt-get install clang zlib1g-dev)" >&2
    exit 2
  fi
done
if [ ! -e /usr/include/zlib.h ]; then
  echo "publish-cli: zlib1g-dev is not installed; the native link needs it (apt-get install clang zlib1g-dev)" >&2
  exit 2
fi

# Any trimming or AOT warning fails the publish (TreatWarningsAsErrors in Directory.Build.props).
dotnet publish src/DraftingKit.Cli -c Release -r linux-x64 -o "$out" --nologo -v quiet >&2
echo "$(cd "$out" && pwd)/draftkit"
