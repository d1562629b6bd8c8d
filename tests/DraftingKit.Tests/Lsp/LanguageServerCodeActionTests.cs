using System.Text.Json.Nodes;

namespace DraftingKit.Tests.Lsp;

/// <summary>Issue 20: the code actions apply the engine's fixes and write the project's severities.</summary>
public sealed class LanguageServerCodeActionTests
{
    [Fact]
    public void The_quick_fix_of_a_finding_is_the_engines_edit()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        var ladder = client.Diagnostics(path)[0]!;

        var actions = (JsonArray)client.Request("textDocument/codeAction", ActionsAt(path, ladder))["result"]!;

        var fix = actions.Single(a => ((string)a!["title"]!).StartsWith("Fix DK2004", System.StringComparison.Ordinal))!;
        Assert.Equal("Fix DK2004: write 'Also requests' for 'Requests also'", (string)fix["title"]!);
        var fixedText = LspTestClient.Apply(LspWorkspace.PlantedDraft, fix["edit"], LspTestClient.UriOf(path));
        Assert.Contains("2. *Also requests* the United Nations Office", fixedText);
        Assert.Equal(LspWorkspace.PlantedDraft.Length, fixedText.Length);
    }

    [Fact]
    public void Fix_all_in_the_document_applies_every_fix_in_passes()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        var ladder = client.Diagnostics(path)[0]!;

        var actions = (JsonArray)client.Request("textDocument/codeAction", ActionsAt(path, ladder))["result"]!;

        var all = actions.Single(a => (string)a!["kind"]! == "source.fixAll")!;
        var fixedText = LspTestClient.Apply(LspWorkspace.PlantedDraft, all["edit"], LspTestClient.UriOf(path));
        Assert.Contains("2. *Also requests*", fixedText);
        Assert.Contains("3. *Decides*", fixedText);
        Assert.Contains("“Crime prevention and criminal justice”", fixedText);
    }

    [Fact]
    public void Fix_all_of_one_rule_leaves_the_other_rules_findings()
    {
        using var workspace = new LspWorkspace();
        var draft = LspWorkspace.PlantedDraft.Replace("*Recalling* the importance", "*Recalling* the \"Doha\" importance");
        var path = workspace.Write("draft.res.md", draft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, draft);
        var quotes = client.Diagnostics(path).First(d => (string)d!["code"]! == "DK7004")!;

        var actions = (JsonArray)client.Request("textDocument/codeAction", ActionsAt(path, quotes))["result"]!;

        var rule = actions.Single(a => ((string)a!["title"]!).StartsWith("Fix all DK7004", System.StringComparison.Ordinal))!;
        var fixedText = LspTestClient.Apply(draft, rule["edit"], LspTestClient.UriOf(path));
        Assert.Contains("the “Doha” importance", fixedText);
        Assert.Contains("“Crime prevention and criminal justice”", fixedText);
        Assert.Contains("*Requests also*", fixedText);
        Assert.Contains("4. *Decides*", fixedText);
    }

    [Fact]
    public void Setting_a_rules_severity_writes_the_globalconfig_line_and_rechecks()
    {
        using var workspace = new LspWorkspace();
        workspace.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DK7004.severity = warning\n");
        var path = workspace.Write("drafts/draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        var quotes = client.Diagnostics(path).Single(d => (string)d!["code"]! == "DK7004")!;
        var actions = (JsonArray)client.Request("textDocument/codeAction", ActionsAt(path, quotes))["result"]!;
        var off = actions.Single(a => (string)a!["title"]! == "Switch off DK7004 in .globalconfig")!;

        var answer = client.Request("workspace/executeCommand", off["command"]!.DeepClone());

        Assert.Null(answer["error"]);
        Assert.Equal("is_global = true\ndotnet_diagnostic.DK7004.severity = none\n", File.ReadAllText(Path.Combine(workspace.Folder, ".globalconfig")));
        Assert.DoesNotContain("DK7004", LspTestClient.Codes(client.Diagnostics(path, d => !LspTestClient.Codes(d).Contains("DK7004"))));
    }

    [Fact]
    public void Setting_a_severity_without_a_globalconfig_makes_one_at_the_project_root()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("drafts/draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        client.Diagnostics(path);

        client.Request("workspace/executeCommand", new JsonObject
        {
            ["command"] = "draftingkit.setSeverity",
            ["arguments"] = new JsonArray(LspTestClient.UriOf(path), "operative-adverb-ladder", "error"),
        });

        Assert.Equal("is_global = true\ndotnet_diagnostic.DK2004.severity = error\n", File.ReadAllText(Path.Combine(workspace.Folder, ".globalconfig")));
        var ladder = client.Diagnostics(path, d => d.Any(x => (string)x!["code"]! == "DK2004" && (int)x["severity"]! == 1));
        Assert.Contains("DK2004", LspTestClient.Codes(ladder));
    }

    [Fact]
    public void An_unknown_rule_in_the_command_is_an_error_and_writes_nothing()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        var answer = client.Request("workspace/executeCommand", new JsonObject
        {
            ["command"] = "draftingkit.setSeverity",
            ["arguments"] = new JsonArray(LspTestClient.UriOf(path), "DK9999", "error"),
        });

        Assert.Contains("DK9999", (string)answer["error"]!["message"]!);
        Assert.False(File.Exists(Path.Combine(workspace.Folder, ".globalconfig")));
    }

    [Fact]
    public void Formatting_renumbers_and_leaves_the_wording()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        client.Diagnostics(path);

        var edits = (JsonArray)client.Request("textDocument/formatting", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) },
            ["options"] = new JsonObject { ["tabSize"] = 4, ["insertSpaces"] = true },
        })["result"]!;

        var formatted = LspTestClient.ApplyEdits(LspWorkspace.PlantedDraft, edits);
        Assert.Contains("3. *Decides*", formatted);
        Assert.Contains("*Requests also*", formatted);
        Assert.Contains("\"Crime prevention", formatted);
    }

    internal static JsonObject ActionsAt(string path, JsonNode diagnostic) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) },
        ["range"] = diagnostic["range"]!.DeepClone(),
        ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
    };
}
