#!/usr/bin/env bash
# Measures the DraftingKit source generator's and analyzer's share of a whole `dotnet build` of a drafting project
# of N synthetic templates (default 500): builds the analyzer, writes a project that loads it as the package does
# (analyzer, engine, Markdig and YamlDotNet as Analyzer items; the runtime library as a reference), builds it once
# to warm up, then once more after touching every template, with the compiler's own timing (ReportAnalyzer).
# Prints the build's wall-clock time and the compiler's generator and analyzer times. Offline: no package is
# restored beyond those the repository already uses.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-500}
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build src/DraftingKit.Analyzers -c Release -nologo -v q >/dev/null
nuget=${NUGET_PACKAGES:-$HOME/.nuget/packages}
cat > "$work/Drafts.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Drafts</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <AdditionalFiles Include="**/*.res.md" />
    <CompilerVisibleProperty Include="RootNamespace" />
    <Reference Include="$root/src/DraftingKit/bin/Release/netstandard2.0/DraftingKit.dll" />
    <Analyzer Include="$root/src/DraftingKit.Analyzers/bin/Release/netstandard2.0/DraftingKit.Analyzers.dll" />
    <Analyzer Include="$root/src/DraftingKit/bin/Release/netstandard2.0/DraftingKit.dll" />
    <Analyzer Include="$nuget/markdig/1.6.0/lib/netstandard2.0/Markdig.dll" />
    <Analyzer Include="$nuget/yamldotnet/18.1.0/lib/netstandard2.0/YamlDotNet.dll" />
  </ItemGroup>
</Project>
PROJECT

# Synthetic drafts: the project template's sample with its own title and a varying number of paragraphs.
mkdir -p "$work/drafts"
for i in $(seq 1 "$count"); do
  {
    printf -- '---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 81\ntitle: Synthetic draft number %d on crime prevention and criminal justice\n---\n\nThe General Assembly,\n\n' "$i"
    printf '*Recalling* its resolution 74/177 of 18 December 2019,\n\n*Recognizing* the need for further action,\n\n'
    paragraphs=$((2 + i % 7))
    for p in $(seq 1 "$paragraphs"); do
      if [ "$p" -lt "$paragraphs" ]; then
        printf '%d. *Requests* the Secretary-General to submit report %d on the implementation of the present resolution to the General Assembly at its eighty-second session;\n\n' "$p" "$p"
      else
        printf '%d. *Decides* to include in the provisional agenda of its eighty-second session the item entitled “Crime prevention and criminal justice”.\n' "$p"
      fi
    done
  } > "$work/drafts/draft-$i.res.md"
done

cd "$work"
dotnet build -c Release -nologo -v q >/dev/null 2>&1 || true
touch drafts/*.res.md
start=$(date +%s.%N)
dotnet build -c Release -nologo --no-restore -v d -p:ReportAnalyzer=true > build.log 2>&1 || true
end=$(date +%s.%N)
echo "templates: $count ($(cat drafts/*.res.md | wc -c) bytes)"
echo "dotnet build (no restore, warm, every template touched): $(echo "$end - $start" | bc) s wall-clock"
grep -v -e "/noconfig" build.log | grep -E "Total (analyzer|generator) execution time|ResolutionGenerator|DraftingRulesAnalyzer|Time Elapsed| error " | sed 's/^ *//' | sort -u
cp build.log "${KEEP_LOG:-/dev/null}" 2>/dev/null || true
