using System.Text.Json.Nodes;

namespace DraftingKit.Tests.Lsp;

/// <summary>Issue 20: hover, completion, outline and footnote navigation read the engine's model and data.</summary>
public sealed class LanguageServerFeatureTests
{
    [Fact]
    public void Hover_on_a_finding_shows_its_message_and_what_its_rule_page_says()
    {
        var hover = HoverAt(16, 8);
        Assert.Contains("**DK2004** Operative repeat adverb out of place or out of order", hover);
        Assert.Contains("write 'Also requests'", hover);
        Assert.Contains("climbs \"Also\" then \"Further\"", hover);
        Assert.Contains("docs/rules/DK2004.md", hover);
    }

    [Fact]
    public void Hover_on_a_citation_shows_the_catalogs_title_date_and_source()
    {
        // "73/186" on the line "*Reaffirming* its resolutions 46/152 of 18 December 1991 and 73/186 of 17 December 2018,".
        var hover = HoverAt(10, 62);
        Assert.Contains("**GA resolution 73/186**", hover);
        Assert.Contains("Adopted: 17 December 2018", hover);
        Assert.Contains("Source:", hover);
    }

    [Fact]
    public void Hover_on_a_lead_shows_how_often_the_UN_uses_it()
    {
        var hover = HoverAt(12, 3);
        Assert.Contains("**Recalling**: opens 1,570 preambular paragraphs", hover);
    }

    [Fact]
    public void Completion_after_resolution_and_a_session_offers_its_resolutions_with_dates()
    {
        const string Draft = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 75\n---\n\n*The General Assembly,*\n\n*Recalling* its resolution 74/17";
        var items = CompletionAt(Draft, 10, Draft.Length - Draft.LastIndexOf('\n') - 1);

        var item = items.Single(i => (string)i!["label"]! == "74/177")!;
        Assert.Equal("18 December 2019", (string)item["detail"]!);
        Assert.Equal("74/177 of 18 December 2019", (string)item["textEdit"]!["newText"]!);
        Assert.Contains("crime prevention", (string)item["documentation"]!, StringComparison.OrdinalIgnoreCase);
        Assert.All(items, i => Assert.StartsWith("74/17", (string)i!["label"]!));
    }

    [Fact]
    public void Completion_of_an_operative_lead_climbs_the_ladder_of_the_verbs_used()
    {
        const string Draft = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 78\n---\n\n*The General Assembly,*\n\n*Recalling* its resolution 77/1 of 17 October 2022,\n\n1. *Decides* to continue its work;\n\n2. *Also decides* to remain seized of the matter;\n\n3. *Requests* the Secretary-General to report;\n\n4. *";
        var items = CompletionAt(Draft, 18, 4);

        var labels = items.Select(i => (string)i!["label"]!).ToList();
        Assert.Equal(new[] { "Further decides", "Also requests" }, labels.Take(2));
        Assert.DoesNotContain("Decides", labels);
        Assert.DoesNotContain("Also encourages", labels);
        Assert.Contains("Encourages", labels);
        Assert.Equal("*Further decides* ", (string)items[0]!["textEdit"]!["newText"]!);
    }

    [Fact]
    public void Completion_of_a_preambular_lead_offers_the_UNs_leads_by_frequency()
    {
        const string Draft = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\n---\n\n*The General Assembly,*\n\n*Reca";
        var items = CompletionAt(Draft, 8, 5);

        Assert.Equal("Recalling", (string)items[0]!["label"]!);
        Assert.Equal("*Recalling* ", (string)items[0]!["textEdit"]!["newText"]!);
    }

    [Fact]
    public void Completion_in_the_front_matter_offers_keys_and_the_values_of_a_key()
    {
        const string Draft = "---\nkind: resolution\norgan: \nst\n---\n\n*The General Assembly,*\n";
        var organs = CompletionAt(Draft, 2, 7).Select(i => (string)i!["label"]!).ToList();
        var keys = CompletionAt(Draft, 3, 2).Select(i => (string)i!["label"]!).ToList();

        Assert.Contains("General Assembly", organs);
        Assert.Contains("Security Council", organs);
        Assert.Contains("status", keys);
        Assert.Contains("agenda-item", keys);
        Assert.Contains("language", keys);
        Assert.DoesNotContain(keys, key => key.StartsWith("akn-", StringComparison.Ordinal));
    }

    [Fact]
    public void Completion_of_a_texts_language_offers_the_six_official_languages()
    {
        const string Draft = "---\nkind: resolution\nlanguage: \noriginal-language: \n---\n\n*The General Assembly,*\n";
        var codes = CompletionAt(Draft, 2, 10).Select(i => (string)i!["label"]!).ToList();
        var names = CompletionAt(Draft, 3, 19).Select(i => (string)i!["label"]!).ToList();

        Assert.Equal(new[] { "ar", "zh", "en", "fr", "ru", "es" }, codes);
        Assert.Equal(new[] { "Arabic", "Chinese", "English", "French", "Russian", "Spanish" }, names);
    }

    [Fact]
    public void Completion_after_a_footnote_bracket_offers_the_defined_labels()
    {
        var draft = LspWorkspace.PlantedDraft.Replace("technical assistance;", "technical assistance,[^");
        var items = CompletionAt(draft, 16, draft.Split('\n')[16].Length);

        Assert.Equal("1", (string)items.Single()!["label"]!);
        Assert.Equal("1]", (string)items.Single()!["textEdit"]!["newText"]!);
    }

    [Fact]
    public void The_outline_holds_the_preamble_and_the_operative_paragraphs_by_number()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        var symbols = (JsonArray)client.Request("textDocument/documentSymbol", Document(path))["result"]!;

        var names = symbols.Select(s => (string)s!["name"]!).ToList();
        Assert.Equal(new[] { "Preamble", "1. Requests", "2. Requests also", "4. Decides", "[^1] A/CONF.222/17, chap. I, resolution 1." }, names);
        Assert.Equal(new[] { "Reaffirming", "Recalling" }, ((JsonArray)symbols[0]!["children"]!).Select(s => (string)s!["name"]!));
    }

    [Fact]
    public void Footnote_definition_references_and_rename_follow_the_label()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        // The marker "[^1]" ends the line "*Recalling* the importance of the Doha Declaration,[^1]".
        var marker = At(path, 12, 53);

        var definition = (JsonArray)client.Request("textDocument/definition", marker)["result"]!;
        marker["context"] = new JsonObject { ["includeDeclaration"] = true };
        var references = (JsonArray)client.Request("textDocument/references", marker)["result"]!;
        marker["newName"] = "doha";
        var rename = client.Request("textDocument/rename", marker)["result"];

        Assert.Equal(20, (int)definition.Single()!["range"]!["start"]!["line"]!);
        Assert.Equal(2, references.Count);
        var renamed = LspTestClient.Apply(LspWorkspace.PlantedDraft, rename, LspTestClient.UriOf(path));
        Assert.Contains("Declaration,[^doha]", renamed);
        Assert.Contains("[^doha]: A/CONF.222/17", renamed);
    }

    [Fact]
    public void The_preview_renders_the_buffers_current_text_not_the_file()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft.Replace("technical assistance;", "technical assistance to Member States;"));

        var preview = client.Request("draftingkit/preview", Document(path))["result"]!;

        var html = (string)preview["html"]!;
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("technical assistance to Member States", html);
        Assert.Contains("Strengthening the United Nations crime prevention", html);
    }

    private static string HoverAt(int line, int character)
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        client.Diagnostics(path);
        var hover = client.Request("textDocument/hover", At(path, line, character))["result"];
        Assert.NotNull(hover);
        return (string)hover!["contents"]!["value"]!;
    }

    private static JsonArray CompletionAt(string draft, int line, int character)
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", draft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, draft);
        return (JsonArray)client.Request("textDocument/completion", At(path, line, character))["result"]!["items"]!;
    }

    private static JsonObject Document(string path) => new() { ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) } };

    private static JsonObject At(string path, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };
}
