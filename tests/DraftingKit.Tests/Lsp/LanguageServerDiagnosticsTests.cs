using System.Text.Json.Nodes;

namespace DraftingKit.Tests.Lsp;

/// <summary>Issue 20: the server's diagnostics follow the text and the project's configuration.</summary>
public sealed class LanguageServerDiagnosticsTests
{
    [Fact]
    public void Opening_a_draft_publishes_the_engines_findings_at_their_ranges()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        var diagnostics = client.Diagnostics(path);

        Assert.Equal(new[] { "DK2004", "DK3001", "DK7004" }, LspTestClient.Codes(diagnostics));
        var ladder = diagnostics[0]!;
        Assert.Equal(16, (int)ladder["range"]!["start"]!["line"]!);
        Assert.Equal(4, (int)ladder["range"]!["start"]!["character"]!);
        Assert.Equal(17, (int)ladder["range"]!["end"]!["character"]!);
        Assert.Equal(2, (int)ladder["severity"]!);
        Assert.EndsWith("docs/rules/DK2004.md", (string)ladder["codeDescription"]!["href"]!);
        Assert.Equal(1, (int)diagnostics[1]!["severity"]!);
    }

    [Fact]
    public void An_incremental_change_is_checked_and_its_findings_replace_the_old()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        client.Diagnostics(path);

        // The user types over "Requests also" with "Also requests", and over "4." with "3.".
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(
                Change(16, 4, 16, 17, "Also requests"),
                Change(18, 0, 18, 1, "3")),
        });

        var diagnostics = client.Diagnostics(path, d => !LspTestClient.Codes(d).Contains("DK2004"));
        Assert.Equal(new[] { "DK7004" }, LspTestClient.Codes(diagnostics));
    }

    [Fact]
    public void Severities_come_from_globalconfig_and_an_editorconfig_section_overrides_them()
    {
        using var workspace = new LspWorkspace();
        workspace.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DK2004.severity = error\ndotnet_diagnostic.DK7004.severity = error\n");
        workspace.Write(".editorconfig", "root = true\n\n[*.res.md]\ndotnet_diagnostic.DK7004.severity = none\n");
        var path = workspace.Write("drafts/draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        var diagnostics = client.Diagnostics(path);

        Assert.Equal(new[] { "DK2004", "DK3001" }, LspTestClient.Codes(diagnostics));
        Assert.Equal(1, (int)diagnostics[0]!["severity"]!);
    }

    [Fact]
    public void The_projects_msbuild_preset_sets_the_severities_below_its_own_globalconfig()
    {
        using var workspace = new LspWorkspace();
        workspace.Write("Drafts/Drafts.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <DraftingKitRules>strict</DraftingKitRules>\n  </PropertyGroup>\n  <PropertyGroup Condition=\"'$(Configuration)' == 'Debug'\">\n    <DraftingKitRules>none</DraftingKitRules>\n  </PropertyGroup>\n</Project>\n");
        workspace.Write("Drafts/.globalconfig", "is_global = true\ndotnet_diagnostic.DK7004.severity = none\n");
        var path = workspace.Write("Drafts/texts/draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        var diagnostics = client.Diagnostics(path);

        // strict makes every finding an error (1); the project's own .globalconfig still switches DK7004 off.
        Assert.Equal(new[] { "DK2004", "DK3001" }, LspTestClient.Codes(diagnostics));
        Assert.All(diagnostics, d => Assert.Equal(1, (int)d!["severity"]!));
    }

    [Fact]
    public void A_preset_in_directory_build_props_applies_and_a_template_outside_any_project_keeps_the_defaults()
    {
        using var workspace = new LspWorkspace();
        workspace.Write("Directory.Build.props", "<Project><PropertyGroup><DraftingKitRules>none</DraftingKitRules></PropertyGroup></Project>\n");
        workspace.Write("Drafts/Drafts.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        var inProject = workspace.Write("Drafts/draft.res.md", LspWorkspace.PlantedDraft);
        var loose = workspace.Write("loose/draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(loose, LspWorkspace.PlantedDraft);
        Assert.Contains("DK2004", LspTestClient.Codes(client.Diagnostics(loose)));
        client.Open(inProject, LspWorkspace.PlantedDraft);
        Assert.Empty(client.Diagnostics(inProject));
    }

    [Fact]
    public void A_rule_option_is_read_from_the_editorconfig_as_the_analyzer_reads_it()
    {
        using var workspace = new LspWorkspace();
        const string Draft = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 78\n---\n\n*The General Assembly,*\n\n*Recalling* its resolution 77/1 of 17 October 2022,\n\n1. *Decides* to continue [to consider] the question [at its seventy-ninth session];\n";
        var path = workspace.Write("draft.res.md", Draft);
        using (var client = new LspTestClient(workspace.Folder))
        {
            client.Initialize();
            client.Open(path, Draft);
            Assert.Contains("DK1030", LspTestClient.Codes(client.Diagnostics(path)));
        }

        workspace.Write(".editorconfig", "root = true\n[*.{res.md,report.md}]\ndraftingkit.negotiation_draft = true\n");
        using (var client = new LspTestClient(workspace.Folder))
        {
            client.Initialize();
            client.Open(path, Draft);
            Assert.DoesNotContain("DK1030", LspTestClient.Codes(client.Diagnostics(path)));
        }
    }

    [Fact]
    public void A_misspelled_option_key_is_reported_as_the_analyzer_reports_it()
    {
        using var workspace = new LspWorkspace();
        workspace.Write(".editorconfig", "root = true\n[*.res.md]\ndraftingkit.footnote_styel = current\n");
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        var unknown = client.Diagnostics(path).Single(d => (string)d!["code"]! == "DK0904")!;

        Assert.Contains("draftingkit.footnote_styel", (string)unknown["message"]!);
        Assert.Equal(0, (int)unknown["range"]!["start"]!["line"]!);
    }

    [Fact]
    public void The_workspaces_catalog_files_make_a_project_citation_known_and_its_bad_rows_are_shown()
    {
        using var workspace = new LspWorkspace();
        const string Draft = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 75\n---\n\n*The General Assembly,*\n\n*Recalling* its resolution 74/399 of 18 December 2019,\n\n1. *Requests* the Secretary-General to report;\n";
        const string Catalog = "organ,number,date,title\nGA,74/399,2019-12-18,A text of the project\nGA,74/400,18 December,Dated wrongly\n";
        var path = workspace.Write("draft.res.md", Draft);
        var catalog = workspace.Write("data/project.catalog.csv", Catalog);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, Draft);

        // First checked against the embedded catalog, then again once the workspace's is built.
        client.Diagnostics(path, d => !LspTestClient.Codes(d).Contains("DK5001"));
        var hover = client.Request("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) },
            ["position"] = new JsonObject { ["line"] = 9, ["character"] = 30 },
        })["result"]!;
        client.Open(catalog, Catalog);
        var rows = client.Diagnostics(catalog, d => d.Count > 0);

        Assert.Contains("A text of the project", (string)hover["contents"]!["value"]!);
        Assert.Equal("DK5090", (string)rows.Single()!["code"]!);
        Assert.Equal(2, (int)rows.Single()!["range"]!["start"]!["line"]!);
    }

    [Fact]
    public void A_reports_included_text_is_read_from_the_editors_buffer_before_the_disk()
    {
        using var workspace = new LspWorkspace();
        const string Report = "---\nkind: committee-report\norgan: General Assembly\ncommittee: Third Committee\nsession: 74\n---\n\n# III. Recommendations of the Third Committee\n\n1. The Third Committee recommends to the General Assembly the adoption of the following draft resolution:\n\n```include\nid: L.2\ntemplate: drafts/new.res.md\n```\n";
        var report = workspace.Write("report.report.md", Report);
        var draft = System.IO.Path.Combine(workspace.Folder, "drafts", "new.res.md");
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();

        client.Open(report, Report);
        var unsaved = client.Diagnostics(report);
        client.Open(draft, LspWorkspace.PlantedDraft);
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(report), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = Report + "\n" }),
        });
        var open = client.Diagnostics(report, d => !LspTestClient.Codes(d).Contains("DK0020"));

        Assert.Contains("DK0020", LspTestClient.Codes(unsaved));
        Assert.DoesNotContain("DK0020", LspTestClient.Codes(open));
    }

    [Fact]
    public void Closing_a_document_clears_its_diagnostics()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        client.Diagnostics(path);

        client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) } });

        Assert.Empty(client.Diagnostics(path, d => d.Count == 0));
    }

    internal static JsonObject Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) => new()
    {
        ["range"] = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
            ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
        },
        ["text"] = text,
    };
}
