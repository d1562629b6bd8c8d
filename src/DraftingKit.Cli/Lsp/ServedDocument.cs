using System.Text.Json.Nodes;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Cli.Lsp;

/// <summary>An open document with what the features ask of it: its findings and its model, each for its current text.</summary>
internal sealed class ServedDocument
{
    private readonly DocumentChecker checker;
    private readonly object cacheLock = new();
    private (string Text, IReadOnlyList<DraftingDiagnostic> Findings)? checkedText;
    private (string Text, ResolutionDocument Document)? readText;

    public ServedDocument(OpenDocument text, DocumentChecker checker)
    {
        Text = text;
        this.checker = checker;
    }

    public OpenDocument Text { get; }

    /// <summary>How long a request waits for a check of the current text before it answers without one.</summary>
    public static TimeSpan RequestTimeout { get; } = TimeSpan.FromSeconds(5);

    public DocumentChecker Checker => checker;

    public TextPositions Positions => Text.Positions;

    public int OffsetOf(JsonNode? position) => Text.OffsetOf(position);

    /// <summary>The findings on the current text: those last published when the text has not changed since.</summary>
    public IReadOnlyList<DraftingDiagnostic> Findings()
    {
        var text = Text.Text;
        lock (cacheLock)
        {
            if (checkedText is { } known && ReferenceEquals(known.Text, text))
            {
                return known.Findings;
            }
        }

        // A check that hangs leaves the request without findings rather than the server without its reader.
        var findings = checker.CheckWithin(Text.Path, text, RequestTimeout) ?? Array.Empty<DraftingDiagnostic>();
        lock (cacheLock)
        {
            checkedText = (text, findings);
        }

        return findings;
    }

    /// <summary>The model of the current text as the template reader reads it; null for reports and catalogs, or on a reader failure.</summary>
    public ResolutionDocument? Model()
    {
        var text = Text.Text;
        lock (cacheLock)
        {
            if (readText is { } known && ReferenceEquals(known.Text, text))
            {
                return known.Document;
            }
        }

        if (!Text.Path.EndsWith(".res.md", StringComparison.OrdinalIgnoreCase) || text.Length > Security.InputLimits.TemplateBytes)
        {
            return null;
        }

        ResolutionDocument document;
        try
        {
            document = Templates.TemplateReader.Read(Text.Path, text).Document;
        }
        catch (Exception)
        {
            // The reader's failure is reported as DK0901 by the checker; the features then have no model to read.
            return null;
        }

        lock (cacheLock)
        {
            readText = (text, document);
        }

        return document;
    }

    public void Remember(Snapshot snapshot, IReadOnlyList<DraftingDiagnostic> findings)
    {
        lock (cacheLock)
        {
            checkedText = (snapshot.Text, findings);
        }
    }
}
