using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading;
using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// <c>draftkit lsp</c>: the DraftingKit engine behind the Language Server Protocol. Diagnostics follow every change;
/// code actions apply the engine's fixes; hover, completion, symbols, footnote navigation and formatting read the
/// same model the rules read. No message ends the server but <c>exit</c> or the end of its input: a bad message gets
/// a JSON-RPC error, a failing feature an empty answer or DK0901.
/// </summary>
internal sealed class LanguageServer
{
    public const string SetSeverityCommand = "draftingkit.setSeverity";

    private readonly MessageChannel channel;
    private readonly ConcurrentDictionary<string, ServedDocument> documents = new(StringComparer.Ordinal);
    private readonly DocumentChecker checker;
    private readonly DiagnosticsWorker worker;
    private readonly TextWriter log;
    private bool shutdownRequested;
    private bool initialized;
    private Timer? parentWatch;

    public LanguageServer(
        Stream input,
        Stream output,
        TextWriter log,
        Func<string, string, RuleOptions, ResolutionCatalog, IReadOnlyList<DraftingDiagnostic>>? lintTemplate = null,
        TimeSpan? checkTimeout = null)
    {
        channel = new MessageChannel(input, output);
        this.log = log;
        var catalog = new WorkspaceCatalog();
        checker = new DocumentChecker(new ProjectSettings(), catalog, OpenTextOf, lintTemplate);
        worker = new DiagnosticsWorker(checker, Publish, checkTimeout ?? TimeSpan.FromSeconds(10));
        catalog.Rebuilt += RecheckAll;
    }

    /// <summary>Serves until <c>exit</c> or the end of the input; the process exit code (0 after <c>shutdown</c>).</summary>
    public int Run()
    {
        try
        {
            while (true)
            {
                Frame? frame;
                try
                {
                    frame = channel.Read();
                }
                catch (IOException)
                {
                    frame = null;
                }

                if (frame is null)
                {
                    // The client has gone without saying so: nothing is left to serve.
                    return shutdownRequested ? 0 : 1;
                }

                if (frame.Message is not { } message)
                {
                    Respond(null, null, Protocol.Error(Protocol.ParseError, frame.Problem ?? "unreadable message"));
                    continue;
                }

                if (Dispatch(message) is { } exitCode)
                {
                    return exitCode;
                }
            }
        }
        finally
        {
            parentWatch?.Dispose();
            worker.Dispose();
        }
    }

    private int? Dispatch(JsonObject message)
    {
        var id = message["id"]?.DeepClone();
        var method = Protocol.String(message["method"]);
        var parameters = message["params"] as JsonObject;
        if (method is null)
        {
            // A response to a request of ours (none expected), or a message without a method.
            if (id is not null && message["result"] is null && message["error"] is null)
            {
                Respond(id, null, Protocol.Error(Protocol.InvalidRequest, "a request needs a method"));
            }

            return null;
        }

        if (method == "exit")
        {
            return shutdownRequested ? 0 : 1;
        }

        try
        {
            if (id is null)
            {
                Notify(method, parameters);
                return null;
            }

            if (!initialized && method != "initialize")
            {
                Respond(id, null, Protocol.Error(Protocol.ServerNotInitialized, "initialize first"));
                return null;
            }

            if (shutdownRequested && method != "shutdown")
            {
                Respond(id, null, Protocol.Error(Protocol.InvalidRequest, "the server is shutting down"));
                return null;
            }

            var (found, result) = Request(method, parameters);
            if (!found)
            {
                Respond(id, null, Protocol.Error(Protocol.MethodNotFound, "DraftingKit does not serve '" + method + "'"));
            }
            else
            {
                Respond(id, result, null);
            }
        }
        catch (Exception exception)
        {
            log.WriteLine("draftkit lsp: " + method + " failed: " + exception);
            if (id is not null)
            {
                Respond(id, null, Protocol.Error(Protocol.InternalError, method + " failed: " + exception.GetType().Name + ": " + exception.Message));
            }
        }

        return null;
    }

    private (bool Found, JsonNode? Result) Request(string method, JsonObject? parameters)
    {
        switch (method)
        {
            case "initialize":
                return (true, Initialize(parameters));
            case "shutdown":
                shutdownRequested = true;
                return (true, null);
            case "textDocument/codeAction":
                return (true, With(parameters, document => CodeActions.For(document, parameters!)));
            case "textDocument/hover":
                return (true, With(parameters, document => Hovers.At(document, document.OffsetOf(parameters!["position"]))));
            case "textDocument/completion":
                return (true, With(parameters, document => Completions.At(document, document.OffsetOf(parameters!["position"]))));
            case "textDocument/documentSymbol":
                return (true, With(parameters, DocumentSymbols.Of));
            case "textDocument/definition":
                return (true, With(parameters, document => Footnotes.Definition(document, document.OffsetOf(parameters!["position"]))));
            case "textDocument/references":
                return (true, With(parameters, document => Footnotes.References(document, document.OffsetOf(parameters!["position"]), parameters!["context"]?["includeDeclaration"] is JsonValue include && include.TryGetValue<bool>(out var yes) && yes)));
            case "textDocument/prepareRename":
                return (true, With(parameters, document => Footnotes.PrepareRename(document, document.OffsetOf(parameters!["position"]))));
            case "textDocument/rename":
                return (true, With(parameters, document => Footnotes.Rename(document, document.OffsetOf(parameters!["position"]), Protocol.String(parameters!["newName"]) ?? string.Empty)));
            case "textDocument/formatting":
                return (true, With(parameters, Formatting.Renumber));
            case "workspace/executeCommand":
                return (true, ExecuteCommand(parameters));
            case Preview.Method:
                return (true, With(parameters, Preview.Html));
            default:
                return (false, null);
        }
    }

    private void Notify(string method, JsonObject? parameters)
    {
        switch (method)
        {
            case "initialized":
                break;
            case "textDocument/didOpen":
                Open(parameters?["textDocument"] as JsonObject);
                break;
            case "textDocument/didChange":
                Change(parameters);
                break;
            case "textDocument/didClose":
                Close(Protocol.String(parameters?["textDocument"]?["uri"]));
                break;
            case "textDocument/didSave":
                var saved = Protocol.String(parameters?["textDocument"]?["uri"]) ?? string.Empty;
                if (saved.EndsWith(".res.md", StringComparison.OrdinalIgnoreCase) || saved.EndsWith(".catalog.csv", StringComparison.OrdinalIgnoreCase))
                {
                    checker.Catalog.Invalidate();
                    _ = checker.Catalog.Current;
                }

                break;
            case "workspace/didChangeWatchedFiles":
                checker.Catalog.Invalidate();
                _ = checker.Catalog.Current;
                RecheckAll();
                break;
            case "workspace/didChangeConfiguration":
                RecheckAll();
                break;
            default:
                // Unknown notifications ($/cancelRequest, $/setTrace …) are ignored, as the protocol asks.
                break;
        }
    }

    private JsonObject Initialize(JsonObject? parameters)
    {
        initialized = true;
        var roots = new List<string>();
        if (parameters?["workspaceFolders"] is JsonArray folders)
        {
            roots.AddRange(folders.Select(f => Protocol.String(f?["uri"])).Where(u => u is not null).Select(u => Protocol.PathOf(u!)));
        }
        else if (Protocol.String(parameters?["rootUri"]) is { } rootUri)
        {
            roots.Add(Protocol.PathOf(rootUri));
        }
        else if (Protocol.String(parameters?["rootPath"]) is { } rootPath)
        {
            roots.Add(rootPath);
        }

        checker.Catalog.SetRoots(roots);
        WatchParent(parameters?["processId"]);
        return new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JsonObject { ["includeText"] = false } },
                ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix", "source.fixAll") },
                ["hoverProvider"] = true,
                ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray("/", "^", "*", ":", " ") },
                ["documentSymbolProvider"] = true,
                ["definitionProvider"] = true,
                ["referencesProvider"] = true,
                ["renameProvider"] = new JsonObject { ["prepareProvider"] = true },
                ["documentFormattingProvider"] = true,
                ["executeCommandProvider"] = new JsonObject { ["commands"] = new JsonArray(SetSeverityCommand) },
            },
            ["serverInfo"] = new JsonObject { ["name"] = "draftkit lsp", ["version"] = typeof(LanguageServer).Assembly.GetName().Version?.ToString() ?? "0" },
        };
    }

    /// <summary>Exits when the client's process ends, even if it never closes the server's input.</summary>
    private void WatchParent(JsonNode? processId)
    {
        if (processId is not JsonValue value || !value.TryGetValue<int>(out var pid) || pid <= 0)
        {
            return;
        }

        parentWatch = new Timer(
            _ =>
            {
                try
                {
                    using var parent = Process.GetProcessById(pid);
                    if (!parent.HasExited)
                    {
                        return;
                    }
                }
                catch (ArgumentException)
                {
                }
                catch (InvalidOperationException)
                {
                }

                Environment.Exit(1);
            },
            null,
            TimeSpan.FromSeconds(3),
            TimeSpan.FromSeconds(3));
    }

    private void Open(JsonObject? item)
    {
        var uri = Protocol.String(item?["uri"]);
        if (uri is null)
        {
            return;
        }

        var document = new ServedDocument(new OpenDocument(uri, Protocol.PathOf(uri), Protocol.String(item!["text"]) ?? string.Empty, Protocol.Int(item["version"])), checker);
        documents[uri] = document;
        Schedule(document);
    }

    private void Change(JsonObject? parameters)
    {
        var uri = Protocol.String(parameters?["textDocument"]?["uri"]);
        if (uri is null || !documents.TryGetValue(uri, out var document))
        {
            return;
        }

        lock (document)
        {
            if (parameters!["contentChanges"] is JsonArray changes)
            {
                foreach (var change in changes.OfType<JsonObject>())
                {
                    document.Text.Apply(change);
                }
            }

            document.Text.SetVersion(Protocol.Int(parameters["textDocument"]?["version"]));
        }

        Schedule(document);
    }

    private void Close(string? uri)
    {
        if (uri is null || !documents.TryRemove(uri, out _))
        {
            return;
        }

        worker.Forget(uri);
        checker.Forget(Protocol.PathOf(uri));
        channel.Write(Notification("textDocument/publishDiagnostics", new JsonObject { ["uri"] = uri, ["diagnostics"] = new JsonArray() }));
    }

    private void Schedule(ServedDocument document)
    {
        if (!DocumentChecker.Checks(document.Text.Path))
        {
            return;
        }

        Snapshot snapshot;
        lock (document)
        {
            snapshot = new Snapshot(document.Text.Uri, document.Text.Path, document.Text.Text, document.Text.Version);
        }

        worker.Schedule(snapshot);
    }

    private void RecheckAll()
    {
        foreach (var document in documents.Values)
        {
            Schedule(document);
        }
    }

    private void Publish(Snapshot snapshot, IReadOnlyList<DraftingDiagnostic> findings)
    {
        if (!documents.TryGetValue(snapshot.Uri, out var document))
        {
            return;
        }

        document.Remember(snapshot, findings);
        var positions = new TextPositions(snapshot.Text);
        var diagnostics = new JsonArray();
        foreach (var finding in findings)
        {
            diagnostics.Append(DiagnosticJson.Of(finding, snapshot.Path, positions));
        }

        channel.Write(Notification("textDocument/publishDiagnostics", new JsonObject { ["uri"] = snapshot.Uri, ["version"] = snapshot.Version, ["diagnostics"] = diagnostics }));
    }

    private JsonNode? ExecuteCommand(JsonObject? parameters)
    {
        if (Protocol.String(parameters?["command"]) != SetSeverityCommand || parameters!["arguments"] is not JsonArray arguments || arguments.Count < 3)
        {
            throw new ArgumentException("the command is not " + SetSeverityCommand + " with a document, a rule and a severity");
        }

        var uri = Protocol.String(arguments[0]) ?? string.Empty;
        var rule = Protocol.String(arguments[1]) ?? string.Empty;
        var level = Protocol.String(arguments[2]) ?? string.Empty;
        var written = GlobalConfigWriter.SetSeverity(ProjectSettings.GlobalConfigFor(Protocol.PathOf(uri)), rule, level);
        RecheckAll();
        return written;
    }

    private JsonNode? With(JsonObject? parameters, Func<ServedDocument, JsonNode?> answer)
    {
        var uri = Protocol.String(parameters?["textDocument"]?["uri"]);
        if (uri is null || !documents.TryGetValue(uri, out var document))
        {
            return null;
        }

        lock (document)
        {
            return answer(document);
        }
    }

    private string? OpenTextOf(string path)
    {
        var full = Path.GetFullPath(path);
        foreach (var document in documents.Values)
        {
            if (string.Equals(document.Text.Path, full, StringComparison.Ordinal))
            {
                return document.Text.Text;
            }
        }

        return null;
    }

    private void Respond(JsonNode? id, JsonNode? result, JsonObject? error)
    {
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id };
        if (error is not null)
        {
            response["error"] = error;
        }
        else
        {
            response["result"] = result;
        }

        channel.Write(response);
    }

    private static JsonObject Notification(string method, JsonObject parameters) =>
        new() { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters };
}
