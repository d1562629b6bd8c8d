using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// The Language Server Protocol's base layer over two streams: each message is a <c>Content-Length</c> header, a
/// blank line and that many bytes of UTF-8 JSON. Reading never throws on a bad frame: it says what was wrong and
/// the server answers with a JSON-RPC error; writing is serialized, as the linting runs beside the reading.
/// </summary>
/// <remarks>
/// Hand-written over <see cref="JsonNode"/> rather than StreamJsonRpc: no reflection, so the CLI stays trimmable and
/// Native AOT-compatible, and the few dozen message shapes the server needs are easier to read as JSON than as types.
/// </remarks>
internal sealed class MessageChannel
{
    /// <summary>Larger frames are skipped, not buffered: a 50 MB document fits, a runaway length does not.</summary>
    public const int MaximumMessageBytes = 256 * 1024 * 1024;

    private const int MaximumHeaderBytes = 8 * 1024;

    private readonly Stream input;
    private readonly Stream output;
    private readonly object writeLock = new();

    public MessageChannel(Stream input, Stream output)
    {
        this.input = input;
        this.output = output;
    }

    /// <summary>
    /// The next message, or null at the end of the input (the client has gone). A frame that is not a JSON object
    /// comes back as <see cref="Frame.Problem"/> so that the server can answer "parse error" and read on.
    /// </summary>
    public Frame? Read()
    {
        int? length = null;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (length is null)
                {
                    // A blank line before any header: stray bytes between frames; read on.
                    continue;
                }

                break;
            }

            var colon = line.IndexOf(':');
            if (colon > 0 && line.Substring(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line.Substring(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                length = parsed;
            }
        }

        if (length > MaximumMessageBytes)
        {
            Skip(length.Value);
            return new Frame(null, $"a message of {length.Value:N0} bytes is larger than the {MaximumMessageBytes:N0} the server reads");
        }

        var body = new byte[length!.Value];
        var read = 0;
        while (read < body.Length)
        {
            var count = input.Read(body, read, body.Length - read);
            if (count == 0)
            {
                return null;
            }

            read += count;
        }

        try
        {
            var node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 128 });
            return node is JsonObject message ? new Frame(message, null) : new Frame(null, "a message must be a JSON object");
        }
        catch (JsonException exception)
        {
            return new Frame(null, "the message is not JSON: " + exception.Message);
        }
    }

    /// <summary>Writes one message; safe to call from any thread.</summary>
    public void Write(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        lock (writeLock)
        {
            try
            {
                output.Write(header, 0, header.Length);
                output.Write(body, 0, body.Length);
                output.Flush();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The client has gone; the read loop sees the end of its input and stops the server.
            }
        }
    }

    private string? ReadHeaderLine()
    {
        var bytes = new MemoryStream();
        while (true)
        {
            var next = input.ReadByte();
            if (next < 0)
            {
                return null;
            }

            if (next == '\n')
            {
                var line = Encoding.ASCII.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
                return line.TrimEnd('\r');
            }

            if (bytes.Length < MaximumHeaderBytes)
            {
                bytes.WriteByte((byte)next);
            }
        }
    }

    private void Skip(int length)
    {
        var buffer = new byte[64 * 1024];
        var left = length;
        while (left > 0)
        {
            var count = input.Read(buffer, 0, Math.Min(buffer.Length, left));
            if (count == 0)
            {
                return;
            }

            left -= count;
        }
    }
}

/// <summary>One frame read: a message, or what kept it from being one.</summary>
internal sealed record Frame(JsonObject? Message, string? Problem);
