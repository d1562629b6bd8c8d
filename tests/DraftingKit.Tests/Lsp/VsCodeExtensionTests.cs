using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json.Nodes;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Lsp;

/// <summary>
/// Issue 20: the VS Code extension as <c>scripts/package-vscode.sh</c> packs it (run by .ci/run before the tests): the
/// compiled entry point its manifest names, the language client it starts the server with, and the manifest's
/// activation on templates and reports. VS Code itself cannot be installed here (docs/lsp.md). Skipped with the reason
/// when the package has not been built.
/// </summary>
public sealed class VsCodeExtensionTests
{
    [SkippableFact]
    public void The_packaged_extension_holds_its_compiled_entry_point_and_the_language_client()
    {
        var vsix = RepositoryPaths.InRepository("editors", "vscode", "draftingkit.vsix");
        Skip.If(!File.Exists(vsix), "needs editors/vscode/draftingkit.vsix: run scripts/package-vscode.sh (Node.js and npm; .ci/run does)");
        using var package = ZipFile.OpenRead(vsix);
        var names = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        using var manifestStream = package.GetEntry("extension/package.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        var main = ((string)manifest["main"]!).TrimStart('.', '/');
        Assert.Contains("extension/" + main, names);
        Assert.Contains("extension/node_modules/vscode-languageclient/package.json", names);
        Assert.Contains(manifest["activationEvents"]!.AsArray(), e => ((string)e!).Contains("*.res.md", StringComparison.Ordinal));

        using var entryPoint = new StreamReader(package.GetEntry("extension/" + main)!.Open());
        var code = entryPoint.ReadToEnd();
        Assert.Contains("\"lsp\"", code, StringComparison.Ordinal);
        Assert.Contains("vscode-languageclient", code, StringComparison.Ordinal);
    }
}
