using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using DraftingKit.Diagnostics;

namespace DraftingKit.Tests.Lsp;

/// <summary>Issue 20: no input kills the server or blocks typing; it answers with an error or a DK0901 finding.</summary>
public sealed class LanguageServerBadInputTests
{
    [Fact]
    public void A_message_that_is_not_json_gets_a_parse_error_and_the_server_reads_on()
    {
        using var workspace = new LspWorkspace();
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();

        client.SendRaw(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":"));
        client.SendRaw(Encoding.UTF8.GetBytes("[1,2,3]"));
        client.SendBytes(Encoding.ASCII.GetBytes("Content-Length: banana\r\n\r\n"));

        var answer = client.Request("shutdown", null);
        Assert.Null(answer["error"]);
        var errors = client.Seen.Where(m => m["error"] is not null).Select(m => (int)m["error"]!["code"]!).ToList();
        Assert.Equal(new[] { -32700, -32700 }, errors.Take(2));
    }

    [Fact]
    public void An_unknown_method_is_method_not_found_and_an_unknown_notification_is_ignored()
    {
        using var workspace = new LspWorkspace();
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();

        client.Notify("$/somethingNew", new JsonObject());
        var answer = client.Request("textDocument/semanticTokens/full", new JsonObject());

        Assert.Equal(-32601, (int)answer["error"]!["code"]!);
        Assert.Null(client.Request("shutdown", null)["error"]);
    }

    [Fact]
    public void A_request_before_initialize_is_refused_with_the_protocols_code()
    {
        using var workspace = new LspWorkspace();
        using var client = new LspTestClient(workspace.Folder);

        var answer = client.Request("textDocument/hover", new JsonObject());

        Assert.Equal(-32002, (int)answer["error"]!["code"]!);
    }

    [Fact]
    public void Positions_out_of_range_are_clamped_not_thrown_on()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);
        client.Diagnostics(path);
        var far = new JsonObject { ["line"] = 100_000, ["character"] = int.MaxValue };
        var negative = new JsonObject { ["line"] = -5, ["character"] = -1 };

        foreach (var method in new[] { "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references" })
        {
            Assert.Null(client.Request(method, new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) }, ["position"] = far.DeepClone(), ["context"] = new JsonObject() })["error"]);
            Assert.Null(client.Request(method, new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) }, ["position"] = negative.DeepClone(), ["context"] = new JsonObject() })["error"]);
        }

        // An edit past the end appends; the server keeps checking.
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(LanguageServerDiagnosticsTests.Change(9_999, 3, 9_999, 3, "\n7. *Decides* to remain seized of the matter.\n")),
        });
        Assert.Contains("DK3001", LspTestClient.Codes(client.Diagnostics(path, d => d.Count(x => (string)x!["code"]! == "DK3001") == 2)));
    }

    [Fact]
    public void A_50_megabyte_document_is_refused_with_a_finding_and_typing_goes_on()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("huge.res.md", "placeholder");
        var small = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        var huge = new StringBuilder(LspWorkspace.PlantedDraft);
        var paragraph = "*Recalling* the importance of the Doha Declaration on Integrating Crime Prevention and Criminal Justice,\n\n";
        while (huge.Length < 50 * 1024 * 1024)
        {
            huge.Append(paragraph);
        }

        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, huge.ToString());
        var refused = client.Diagnostics(path);
        client.Open(small, LspWorkspace.PlantedDraft);

        Assert.Equal(new[] { "DK0041" }, LspTestClient.Codes(refused));
        Assert.Equal(3, client.Diagnostics(small).Count);
    }

    [Fact]
    public void A_rule_that_throws_is_reported_as_DK0901_on_the_document()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder, (_, _, _, _) => throw new InvalidOperationException("a planted bug"));
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        var diagnostics = client.Diagnostics(path);

        Assert.Equal("DK0901", (string)diagnostics.Single()!["code"]!);
        Assert.Contains("a planted bug", (string)diagnostics.Single()!["message"]!);
        Assert.Null(client.Request("shutdown", null)["error"]);
    }

    [Fact]
    public void A_rule_that_hangs_is_reported_as_DK0901_and_requests_are_still_answered()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var release = new ManualResetEventSlim();
        using var client = new LspTestClient(
            workspace.Folder,
            (_, _, _, _) =>
            {
                release.Wait(TimeSpan.FromSeconds(30));
                return Array.Empty<DraftingDiagnostic>();
            },
            TimeSpan.FromMilliseconds(300));
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        var diagnostics = client.Diagnostics(path);
        var clock = Stopwatch.StartNew();
        var symbols = client.Request("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path) } });
        clock.Stop();
        // A code action needs the findings of the text as it is now: it waits for them a bounded time, then answers.
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspTestClient.UriOf(path), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = LspWorkspace.PlantedDraft + "\n" }),
        });
        var actionClock = Stopwatch.StartNew();
        var actions = client.Request("textDocument/codeAction", LanguageServerCodeActionTests.ActionsAt(path, diagnostics.Single()!));
        actionClock.Stop();
        release.Set();

        Assert.Null(actions["error"]);
        Assert.True(actionClock.ElapsedMilliseconds < 15_000, "the code action took " + actionClock.ElapsedMilliseconds + " ms while a check hung");

        Assert.Equal("DK0901", (string)diagnostics.Single()!["code"]!);
        Assert.Contains("longer than 0.3 s", (string)diagnostics.Single()!["message"]!);
        Assert.Null(symbols["error"]);
        Assert.True(clock.ElapsedMilliseconds < 5_000, "the outline took " + clock.ElapsedMilliseconds + " ms while a check hung");
    }

    [Fact]
    public async System.Threading.Tasks.Task The_server_stops_when_its_client_goes()
    {
        using var workspace = new LspWorkspace();
        var path = workspace.Write("draft.res.md", LspWorkspace.PlantedDraft);
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();
        client.Open(path, LspWorkspace.PlantedDraft);

        client.Disconnect();

        // WaitAsync throws when the server outlives its client by 10 s.
        Assert.Equal(1, await client.ServerRun.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Shutdown_then_exit_ends_the_server_with_success()
    {
        using var workspace = new LspWorkspace();
        using var client = new LspTestClient(workspace.Folder);
        client.Initialize();

        client.Request("shutdown", null);
        client.Notify("exit", null);

        Assert.Equal(0, await client.ServerRun.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
