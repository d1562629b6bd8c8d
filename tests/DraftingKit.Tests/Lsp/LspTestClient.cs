using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using DraftingKit.Citations;
using DraftingKit.Cli.Lsp;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Lsp;

/// <summary>
/// A client for the protocol tests: the server runs in the test process over two pipes, so that a test can plant a
/// failing rule through the server's seam and watch it keep serving. Messages are framed as an editor frames them.
/// </summary>
internal sealed class LspTestClient : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private readonly Pipe toServer = new();
    private readonly Pipe fromServer = new();
    private readonly Stream writer;
    private readonly Stream reader;
    private readonly BlockingCollection<JsonObject> notifications = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> waiting = new();
    private readonly List<JsonObject> seen = new();
    private int nextId;

    public LspTestClient(
        string workspace,
        Func<string, string, RuleOptions, ResolutionCatalog, IReadOnlyList<DraftingDiagnostic>>? lint = null,
        TimeSpan? checkTimeout = null)
    {
        Workspace = workspace;
        writer = toServer.Writer.AsStream();
        reader = fromServer.Reader.AsStream();
        var server = new LanguageServer(toServer.Reader.AsStream(), fromServer.Writer.AsStream(), TextWriter.Null, lint, checkTimeout);
        ServerRun = Task.Run(() =>
        {
            var code = server.Run();
            fromServer.Writer.Complete();
            return code;
        });
        Task.Run(ReadLoop);
    }

    public string Workspace { get; }

    /// <summary>The server's run: it completes with the exit code when the server stops.</summary>
    public Task<int> ServerRun { get; }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    public JsonObject Initialize() =>
        Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = UriOf(Workspace), ["capabilities"] = new JsonObject() });

    public JsonObject Request(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[id] = answer;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters?.DeepClone() });
        Assert.True(answer.Task.Wait(Wait), method + " got no answer in " + Wait.TotalSeconds + " s");
        return answer.Task.Result;
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters?.DeepClone() });

    public void Open(string path, string text) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
        });

    public void Send(JsonObject message) => SendRaw(Encoding.UTF8.GetBytes(message.ToJsonString()));

    /// <summary>Frames <paramref name="body"/> with its length, whatever it holds.</summary>
    public void SendRaw(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        lock (writer)
        {
            writer.Write(header);
            writer.Write(body);
            writer.Flush();
        }
    }

    public void SendBytes(byte[] bytes)
    {
        lock (writer)
        {
            writer.Write(bytes);
            writer.Flush();
        }
    }

    /// <summary>The next diagnostics published for <paramref name="path"/> that satisfy <paramref name="accept"/>.</summary>
    public JsonArray Diagnostics(string path, Func<JsonArray, bool>? accept = null)
    {
        var uri = UriOf(path);
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            if (notifications.TryTake(out var message, deadline - DateTime.UtcNow)
                && (string?)message["method"] == "textDocument/publishDiagnostics"
                && (string?)message["params"]!["uri"] == uri)
            {
                var diagnostics = (JsonArray)message["params"]!["diagnostics"]!;
                if (accept is null || accept(diagnostics))
                {
                    return diagnostics;
                }
            }
        }

        throw new Xunit.Sdk.XunitException("no diagnostics as expected for " + path + " in " + Wait.TotalSeconds + " s");
    }

    /// <summary>Ends the server's input, as a client that goes away does.</summary>
    public void Disconnect() => toServer.Writer.Complete();

    public void Dispose()
    {
        toServer.Writer.Complete();
        ServerRun.Wait(Wait);
    }

    public static IEnumerable<string> Codes(JsonArray diagnostics) => diagnostics.Select(d => (string)d!["code"]!);

    /// <summary>Applies the edits of a workspace edit for one document, as an editor does.</summary>
    public static string Apply(string text, JsonNode? workspaceEdit, string uri) =>
        ApplyEdits(text, (JsonArray)workspaceEdit!["changes"]![uri]!);

    public static string ApplyEdits(string text, JsonArray edits)
    {
        var positions = new TextPositions(text);
        var ordered = edits.Select(e => (Start: positions.OffsetOf((int)e!["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!),
                                         End: positions.OffsetOf((int)e["range"]!["end"]!["line"]!, (int)e["range"]!["end"]!["character"]!),
                                         Text: (string)e["newText"]!))
            .OrderByDescending(e => e.Start).ToList();
        foreach (var edit in ordered)
        {
            text = text.Substring(0, edit.Start) + edit.Text + text.Substring(edit.End);
        }

        return text;
    }

    private void ReadLoop()
    {
        try
        {
            while (true)
            {
                var length = -1;
                while (true)
                {
                    var line = ReadLine();
                    if (line is null)
                    {
                        notifications.CompleteAdding();
                        return;
                    }

                    if (line.Length == 0)
                    {
                        break;
                    }

                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                var body = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var count = reader.Read(body, read, length - read);
                    if (count == 0)
                    {
                        notifications.CompleteAdding();
                        return;
                    }

                    read += count;
                }

                var message = (JsonObject)JsonNode.Parse(body)!;
                lock (seen)
                {
                    seen.Add(message);
                }

                if (message["method"] is null && message["id"] is JsonValue id && id.TryGetValue<int>(out var number) && waiting.TryRemove(number, out var answer))
                {
                    answer.SetResult(message);
                }
                else
                {
                    notifications.Add(message);
                }
            }
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Every message the server has sent, answers included.</summary>
    public IReadOnlyList<JsonObject> Seen
    {
        get
        {
            lock (seen)
            {
                return seen.ToList();
            }
        }
    }

    private string? ReadLine()
    {
        var bytes = new List<byte>();
        while (true)
        {
            var next = reader.ReadByte();
            if (next < 0)
            {
                return null;
            }

            if (next == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add((byte)next);
        }
    }
}
