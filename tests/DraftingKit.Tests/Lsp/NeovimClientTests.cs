using System.Diagnostics;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Lsp;

/// <summary>
/// Issue 20: a real editor's client against the real <c>draftkit lsp</c> process. Neovim's built-in LSP client,
/// headless, runs <c>Neovim/drive.lua</c>: it opens a template with planted slips, waits for the diagnostics, applies a
/// quick fix and saves, asks for a hover and a completion. Skipped with the reason when Neovim is not installed
/// (Debian package neovim; scripts/install-test-tools.sh installs it).
/// </summary>
public sealed class NeovimClientTests
{
    [SkippableFact]
    public void Neovim_shows_the_findings_applies_a_fix_and_gets_hover_and_completion()
    {
        var nvim = Require.Tool("neovim", "nvim");
        using var workspace = new LspWorkspace();
        var draft = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        var result = Path.Combine(workspace.Folder, "result.txt");
        var script = RepositoryPaths.InRepository("tests", "DraftingKit.Tests", "Lsp", "Neovim", "drive.lua");
        var start = new ProcessStartInfo(nvim)
        {
            WorkingDirectory = workspace.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--clean", "-u", "NONE", "-n", "-c", "luafile " + script })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DRAFTKIT_DLL"] = Path.Combine(AppContext.BaseDirectory, "draftkit.dll");
        start.Environment["DRAFTKIT_DRAFT"] = draft;
        start.Environment["DRAFTKIT_RESULT"] = result;
        start.Environment["XDG_STATE_HOME"] = Path.Combine(workspace.Folder, ".nvim-state");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(workspace.Folder, ".nvim-data");

        using (var process = Process.Start(start)!)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(300_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Neovim did not finish in 300 s; it wrote: " + (File.Exists(result) ? File.ReadAllText(result) : "nothing"));
            }

            Assert.True(File.Exists(result), "Neovim wrote no results; standard error: " + error.Result);
        }

        var steps = File.ReadAllLines(result).Where(l => l.Contains('=')).Select(l => (Name: l.Substring(0, l.IndexOf('=')), Value: l.Substring(l.IndexOf('=') + 1))).ToList();
        string Step(string name) => steps.FirstOrDefault(s => s.Name == name).Value ?? "(missing)";

        Assert.Equal("(missing)", Step("error"));
        Assert.Equal("true", Step("diagnostics_arrived"));
        Assert.Equal("DK2004@17:5,DK3001@19:1,DK7004@19:98", Step("diagnostics"));
        Assert.Contains("Fix DK2004: write 'Also requests' for 'Requests also'", steps.Where(s => s.Name == "action").Select(s => s.Value));
        Assert.Contains("Switch off DK2004 in .globalconfig", steps.Where(s => s.Name == "action").Select(s => s.Value));
        Assert.Equal("true", Step("fix_applied"));
        Assert.Contains("2. *Also requests* the United Nations Office on Drugs and Crime", File.ReadAllText(draft));
        Assert.True(Step("checked_after_fix") == "true", "the server published no diagnostics for the edited text: " + Step("published"));
        Assert.True(Step("finding_cleared") == "true", "the server's diagnostics for the edited text keep DK2004: " + Step("published"));
        Assert.Contains("**Recalling**: opens 1,570 preambular paragraphs", Step("hover"));
        Assert.StartsWith("Further requests|Also decides|", Step("completion"));
    }
}
