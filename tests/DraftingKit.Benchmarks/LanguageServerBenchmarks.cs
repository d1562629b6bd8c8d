using System;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using DraftingKit.Cli.Lsp;

namespace DraftingKit.Benchmarks;

/// <summary>
/// The time from a change in the editor to its diagnostics (issue 20; goal p95 ≤ 30 ms on 74/177): each operation
/// sends one incremental <c>didChange</c> (a space typed into, or deleted from, an operative paragraph) to
/// <c>draftkit lsp</c> running in this process over pipes, and waits for the <c>publishDiagnostics</c> of that
/// version. Framing, JSON, the worker's hand-off, the configuration lookup and every rule are inside the time.
/// </summary>
[Config(typeof(Percentiles))]
public class LanguageServerBenchmarks
{
    private Pipe toServer = null!;
    private Pipe fromServer = null!;
    private Stream input = null!;
    private Stream output = null!;
    private Task<int> server = null!;
    private string uri = null!;
    private string folder = null!;
    private int version;
    private int line;
    private int character;

    [Params("74/177", "1,000 paragraphs")]
    public string Draft { get; set; } = "74/177";

    [GlobalSetup]
    public void Setup()
    {
        var text = Draft == "74/177" ? File.ReadAllText(BenchmarkFiles.Sample) : SyntheticDraft.Of(1_000);
        folder = Path.Combine(Path.GetTempPath(), "draftkit-lsp-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        var path = Path.Combine(folder, "draft.res.md");
        File.WriteAllText(path, text);
        uri = new Uri(path).AbsoluteUri;

        // The change goes into the middle operative paragraph, after its number.
        var lines = text.Split('\n');
        var operative = Array.FindAll(lines, l => l.Length > 3 && char.IsDigit(l[0]) && l.Contains(". *", StringComparison.Ordinal));
        line = Array.IndexOf(lines, operative[operative.Length / 2]);
        character = lines[line].IndexOf(' ', lines[line].IndexOf("* ", StringComparison.Ordinal) + 2);

        toServer = new Pipe();
        fromServer = new Pipe();
        input = toServer.Writer.AsStream();
        output = fromServer.Reader.AsStream();
        server = Task.Run(() => new LanguageServer(toServer.Reader.AsStream(), fromServer.Writer.AsStream(), TextWriter.Null).Run());
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() } });
        Send(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 0, ["text"] = text } },
        });
        WaitForDiagnostics(0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        toServer.Writer.Complete();
        server.Wait(TimeSpan.FromSeconds(10));
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Description = "change -> diagnostics")]
    public int ChangeToDiagnostics()
    {
        version++;
        // Odd versions type a space, even ones delete it: the text returns to its start every two operations.
        var typed = version % 2 == 1;
        var range = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
            ["end"] = new JsonObject { ["line"] = line, ["character"] = typed ? character : character + 1 },
        };
        Send(new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didChange",
            ["params"] = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range, ["text"] = typed ? " " : string.Empty }),
            },
        });
        return WaitForDiagnostics(version);
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        input.Write(Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n"));
        input.Write(body);
        input.Flush();
    }

    private int WaitForDiagnostics(int expected)
    {
        while (true)
        {
            var message = Read();
            if ((string?)message["method"] == "textDocument/publishDiagnostics" && (int?)message["params"]!["version"] == expected)
            {
                return ((JsonArray)message["params"]!["diagnostics"]!).Count;
            }
        }
    }

    private JsonObject Read()
    {
        var length = 0;
        while (true)
        {
            var header = new StringBuilder();
            int next;
            while ((next = output.ReadByte()) != '\n')
            {
                if (next < 0)
                {
                    throw new EndOfStreamException("the server stopped");
                }

                header.Append((char)next);
            }

            var text = header.ToString().TrimEnd('\r');
            if (text.Length == 0)
            {
                break;
            }

            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            read += output.Read(body, read, length - read);
        }

        return (JsonObject)JsonNode.Parse(body)!;
    }

    /// <summary>
    /// One change per measurement (the monitoring strategy: no batching, every edit's own time), run in this process
    /// so that no boilerplate project is built; the percentiles are the figures the goal is stated in.
    /// </summary>
    private sealed class Percentiles : ManualConfig
    {
        public Percentiles()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(5)
                .WithIterationCount(60)
                .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
