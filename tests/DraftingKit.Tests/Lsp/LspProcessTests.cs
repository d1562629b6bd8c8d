using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace DraftingKit.Tests.Lsp;

/// <summary>Issue 20: the real <c>draftkit lsp</c> process answers over its standard streams and ends with its client.</summary>
public sealed class LspProcessTests
{
    [Fact]
    public async Task The_process_answers_initialize_and_exits_when_its_input_ends()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "draftkit.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
            var input = process.StandardInput.BaseStream;
            await input.WriteAsync(Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n"));
            await input.WriteAsync(body);
            await input.FlushAsync();

            var answer = await ReadMessage(process.StandardOutput.BaseStream).WaitAsync(TimeSpan.FromSeconds(60));
            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(7, (int)answer["id"]!);
            Assert.Equal(2, (int)answer["result"]!["capabilities"]!["textDocumentSync"]!["change"]!);
            Assert.Equal(1, process.ExitCode);
            Assert.Equal(string.Empty, await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task The_process_exits_when_the_editor_process_dies_while_its_input_stays_open()
    {
        // The editor: a real process whose id the client gives in initialize, killed as an editor that crashes.
        using var editor = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "draftkit.dll"));
        start.ArgumentList.Add("lsp");
        using var server = Process.Start(start)!;
        var error = server.StandardError.ReadToEndAsync();
        try
        {
            var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":" + editor.Id + ",\"rootUri\":null,\"capabilities\":{}}}");
            var input = server.StandardInput.BaseStream;
            await input.WriteAsync(Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n"));
            await input.WriteAsync(body);
            await input.FlushAsync();
            var answer = await ReadMessage(server.StandardOutput.BaseStream).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(1, (int)answer["id"]!);

            // Alive while the editor is: the watch looks every 3 s.
            await Task.Delay(TimeSpan.FromSeconds(4));
            Assert.False(server.HasExited, "the server exited while the editor was still running");

            editor.Kill();
            await editor.WaitForExitAsync();
            await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(1, server.ExitCode);
            Assert.Equal(string.Empty, await error);
        }
        finally
        {
            if (!editor.HasExited)
            {
                editor.Kill();
            }

            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<JsonObject> ReadMessage(Stream output)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            Assert.Equal(1, await output.ReadAsync(one));
            header.Append((char)one[0]);
        }

        var length = int.Parse(header.ToString().Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var count = await output.ReadAsync(body.AsMemory(read));
            Assert.True(count > 0, "the server's output ended mid-message");
            read += count;
        }

        return (JsonObject)JsonNode.Parse(body)!;
    }
}
