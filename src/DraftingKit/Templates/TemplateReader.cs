using System.IO;
using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Security;
using DraftingKit.Text;
using Markdig;
using Markdig.Syntax;
using SourceSpan = DraftingKit.Model.SourceSpan;

namespace DraftingKit.Templates;

/// <summary>
/// Reads a <c>*.res.md</c> template (YAML front matter and UN-flavoured Markdown) into a
/// <see cref="ResolutionDocument"/>. It never throws on bad input: every problem becomes a diagnostic with file,
/// line and column, and every character of the body ends up in the model.
/// </summary>
public static class TemplateReader
{
    /// <summary>
    /// The Markdown the template format uses, built once: footnotes, pipe tables and the offset of every inline (the
    /// reader maps them to lines and columns itself), with the front matter read as one block
    /// (<see cref="FrontMatterBlockParser"/>). Nothing else: every other extension would change what is read.
    /// </summary>
    internal static readonly MarkdownPipeline Pipeline = BuildPipeline(tables: true);

    /// <summary>
    /// The same without pipe tables, for a text with no '|': a pipe table cannot open without one, so the model read is
    /// the same, and Markdig's table parser no longer looks at every line break of the text.
    /// </summary>
    internal static readonly MarkdownPipeline PipelineWithoutTables = BuildPipeline(tables: false);

    /// <summary>The pipeline that reads <paramref name="text"/> from <paramref name="start"/>: pipe tables only where a '|' is written.</summary>
    internal static MarkdownPipeline PipelineFor(string text, int start = 0) =>
        text.IndexOf('|', start) >= 0 ? Pipeline : PipelineWithoutTables;

    private static MarkdownPipeline BuildPipeline(bool tables)
    {
        var builder = new MarkdownPipelineBuilder().UseFootnotes();
        if (tables)
        {
            builder.UsePipeTables();
        }

        builder.UsePreciseSourceLocation();

        // Before the thematic break and the list, which also open on '-'.
        builder.BlockParsers.Insert(0, new FrontMatterBlockParser());
        return builder.Build();
    }

    /// <summary>Reads the template file at <paramref name="path"/>, decoding it as UTF-8; a file over the size limit is refused unread.</summary>
    public static TemplateReadResult ReadFile(string path) => ReadFile(path, InputLimits.TemplateBytes);

    /// <summary>
    /// Reads the template file at <paramref name="path"/> with another size limit than <see cref="InputLimits.TemplateBytes"/>:
    /// the drafter's choice for a template known to be larger (<c>draftkit lint --max-template-size</c>).
    /// </summary>
    public static TemplateReadResult ReadFile(string path, long sizeLimit) =>
        InputChecks.FileTooLarge(path, sizeLimit, InputChecks.Templates) is { } refusal
            ? Refused(path, refusal)
            : Read(path, File.ReadAllBytes(path), sizeLimit, out _, out _);

    /// <summary>
    /// The template at <paramref name="path"/> with its header alone, read from its front matter, and no body: what a
    /// project catalog needs of each template linted with it (its number, organ, date and title), without the work and
    /// memory of reading the body too. A template the reader would refuse has an empty header here as there.
    /// </summary>
    internal static ResolutionDocument ReadHeader(string path, long sizeLimit)
    {
        var header = new DocumentHeader();
        if (InputChecks.FileTooLarge(path, sizeLimit, InputChecks.Templates) is null
            && File.ReadAllBytes(path) is var bytes
            && InputChecks.TooLarge(path, bytes.Length, sizeLimit, InputChecks.Templates) is null
            && HeaderText(path, bytes, sizeLimit) is { } text
            && FrontMatter.Locate(text) is { Closed: true } frontMatter)
        {
            header = FrontMatterReader.Read(text, frontMatter, new LineMap(path, text), new List<DraftingDiagnostic>());
        }

        return new ResolutionDocument(path, header, EquatableArray<DocumentPart>.Empty, EquatableArray<Annex>.Empty, EquatableArray<Footnote>.Empty);
    }

    /// <summary>
    /// The text a header is read from, or null where the reader would refuse the file. PERF: where the bytes are valid
    /// UTF-8 and no line is longer in bytes than a line may be in characters, the reader cannot refuse them, and only
    /// the bytes a front matter can span are decoded (a 50 MB template was decoded whole to read its first lines).
    /// </summary>
    private static string? HeaderText(string path, byte[] bytes, long sizeLimit)
    {
#if NET
        if (bytes.Length > HeaderBytes && System.Text.Unicode.Utf8.IsValid(bytes) && !HasLineLongerThan(bytes, InputLimits.LineCharacters))
        {
            var end = HeaderBytes;
            while ((bytes[end] & 0xC0) == 0x80)
            {
                end--; // Not within a character's bytes.
            }

            return Encoding.UTF8.GetString(bytes, 0, end);
        }
#endif
        var text = Decode(bytes).Text;
        return InputChecks.Text(path, text, sizeLimit, InputChecks.Templates) is null ? text : null;
    }

    /// <summary>
    /// Bytes enough for any front matter the reader accepts: a byte order mark, an opening and a closing line of at
    /// most <see cref="InputLimits.LineCharacters"/> each, and YAML of at most <see cref="InputLimits.YamlCharacters"/>
    /// characters of up to three bytes each (four for two). A front matter that closes later is too long to be read.
    /// </summary>
    private const int HeaderBytes = 3 + (2 * (InputLimits.LineCharacters + 2)) + (3 * InputLimits.YamlCharacters);

#if NET
    private static bool HasLineLongerThan(byte[] bytes, int limit)
    {
        var span = new ReadOnlySpan<byte>(bytes);
        while (true)
        {
            var end = span.IndexOf((byte)'\n');
            if ((end < 0 ? span.Length : end) > limit)
            {
                return true;
            }

            if (end < 0)
            {
                return false;
            }

            span = span.Slice(end + 1);
        }
    }
#endif

    /// <summary>Reads a template from its bytes; invalid UTF-8 is reported and replaced, not fatal.</summary>
    public static TemplateReadResult Read(string path, byte[] bytes) => Read(path, bytes, out _, out _);

    /// <summary>
    /// Reads a template from its bytes and gives back the text decoded and its line map (null when the file is
    /// refused unread), so that a lint decodes the file and maps its lines once for the reader and every rule.
    /// </summary>
    internal static TemplateReadResult Read(string path, byte[] bytes, out string? text, out LineMap? lines) =>
        Read(path, bytes, InputLimits.TemplateBytes, out text, out lines);

    /// <summary>The same, with <paramref name="sizeLimit"/> bytes at most instead of <see cref="InputLimits.TemplateBytes"/>.</summary>
    internal static TemplateReadResult Read(string path, byte[] bytes, long sizeLimit, out string? text, out LineMap? lines)
    {
        text = null;
        lines = null;
        if (InputChecks.TooLarge(path, bytes.Length, sizeLimit, InputChecks.Templates) is { } refusal)
        {
            return Refused(path, refusal);
        }

        (text, var badByte) = Decode(bytes);
        var result = Read(path, text, sizeLimit, out lines);
        if (badByte < 0)
        {
            return result;
        }

        var diagnostics = new List<DraftingDiagnostic>(result.Diagnostics.Count + 1)
        {
            DraftingDiagnostic.Create(TemplateDiagnostics.InvalidEncoding, (lines ?? new LineMap(path, text)).Span(0, 0), badByte),
        };
        diagnostics.AddRange(result.Diagnostics);
        return result with { Diagnostics = diagnostics };
    }

    /// <summary>Reads a template from its text.</summary>
    public static TemplateReadResult Read(string path, string text) => Read(path, text, out _);

    /// <summary>Reads a template from its text and gives back its line map, null when the text is refused unread.</summary>
    internal static TemplateReadResult Read(string path, string text, out LineMap? lineMap) => Read(path, text, InputLimits.TemplateBytes, out lineMap);

    /// <summary>The same, with <paramref name="sizeLimit"/> bytes at most instead of <see cref="InputLimits.TemplateBytes"/>.</summary>
    internal static TemplateReadResult Read(string path, string text, long sizeLimit, out LineMap? lineMap)
    {
        lineMap = null;
        if (InputChecks.Text(path, text, sizeLimit, InputChecks.Templates) is { } refusal)
        {
            return Refused(path, refusal);
        }

        var diagnostics = new List<DraftingDiagnostic>();
        var lines = new LineMap(path, text);
        lineMap = lines;
        var frontMatter = FrontMatter.Locate(text);
        if (frontMatter.Present && !frontMatter.Closed)
        {
            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnterminatedFrontMatter, lines.LineSpan(1)));
        }

        var header = frontMatter.Closed ? FrontMatterReader.Read(text, frontMatter, lines, diagnostics) : new DocumentHeader();

        // Markdig parses the file's own text, the front matter read as one block: its offsets are the file's.
        var parts = EquatableArray<DocumentPart>.Empty;
        var annexes = EquatableArray<Annex>.Empty;
        var footnotes = EquatableArray<Footnote>.Empty;
        var bodyStart = frontMatter.Closed ? frontMatter.BodyStart : 0;
        if (IsBlank(text, bodyStart))
        {
            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.EmptyBody, lines.Span(frontMatter.BodyStart, 0)));
        }
        else
        {
            if (ParseBody(text, PipelineFor(text, bodyStart), lines, diagnostics, bodyStart, FrontMatterBlockParser.Context(frontMatter)) is { } markdown)
            {
                (parts, annexes, footnotes) = new BodyBuilder(text, lines, header, diagnostics).Build(markdown);
                var markers = FootnoteMarkerScan.Find(text, bodyStart);
                footnotes = RecoverFootnoteDefinitions(text, markers, lines, footnotes, diagnostics);
                CheckFootnoteLabels(text, markers, lines, footnotes, diagnostics);
            }
        }

        var document = new ResolutionDocument(path, header, parts, annexes, footnotes);
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new TemplateReadResult(document, diagnostics);
    }

    /// <summary>A template refused for its size: no text read, one finding that says why.</summary>
    private static TemplateReadResult Refused(string path, DraftingDiagnostic refusal) =>
        new(new ResolutionDocument(path, new DocumentHeader(), EquatableArray<DocumentPart>.Empty, EquatableArray<Annex>.Empty, EquatableArray<Footnote>.Empty), new[] { refusal });

    /// <summary>
    /// Parses the body, or reports why it cannot be read: Markdig refuses elements nested deeper than its limit
    /// (a thousand block quotes or brackets in a row) with an <see cref="ArgumentException"/>, which must reach the
    /// drafter as a finding, not crash the host.
    /// </summary>
    /// <param name="body">The text to parse.</param>
    /// <param name="pipeline">The Markdown it is written in.</param>
    /// <param name="lines">The line map of the file.</param>
    /// <param name="diagnostics">Where to report.</param>
    /// <param name="bodyStart">Where the body starts in <paramref name="body"/>, after a front matter Markdig reads as one block.</param>
    /// <param name="context">The parser context that tells Markdig where that front matter is.</param>
    internal static MarkdownDocument? ParseBody(string body, MarkdownPipeline pipeline, LineMap lines, List<DraftingDiagnostic> diagnostics, int bodyStart = 0, MarkdownParserContext? context = null)
    {
        if (!QuotesNestedBeyond(body, bodyStart, MaximumQuoteDepth) && TryParse(body, pipeline, context) is { } markdown)
        {
            return markdown;
        }

        // An error, not DK0009's usual warning: no text of the body can be kept.
        diagnostics.Add(new DraftingDiagnostic(
            TemplateDiagnostics.UnsupportedMarkdown,
            "The text nests block quotes, lists or brackets within each other deeper than the template reader can follow, so it cannot be read; nest them less deeply",
            lines.Span(FirstNonBlank(body, bodyStart), 0),
            DraftingSeverity.Error));
        return null;
    }

    // PERF: Markdig builds every level of "> > > …" before it refuses the depth (0.6 s for 20,000 levels); block
    // quotes have no place in a resolution, so a line nested past this is refused before parsing.
    private const int MaximumQuoteDepth = 100;

    private static bool QuotesNestedBeyond(string body, int start, int depth)
    {
        var level = 0;
        var atLineStart = true;
        for (var i = start; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                level = 0;
                atLineStart = true;
            }
            else if (atLineStart && c == '>' && ++level > depth)
            {
                return true;
            }
            else if (c != ' ' && c != '\t' && c != '>')
            {
                atLineStart = false;
            }
        }

        return false;
    }

    private static MarkdownDocument? TryParse(string markdown, MarkdownPipeline pipeline, MarkdownParserContext? context = null)
    {
        try
        {
            return Markdown.Parse(markdown, pipeline, context);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int FirstNonBlank(string body, int start)
    {
        for (var i = start; i < body.Length; i++)
        {
            if (!char.IsWhiteSpace(body[i]))
            {
                return i;
            }
        }

        return 0;
    }

    private static bool IsBlank(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Markdig keeps only footnote definitions that are referenced, and only the first of two with one label.
    /// The others are read here, so that the model holds their text and the rules can report them.
    /// </summary>
    private static EquatableArray<Footnote> RecoverFootnoteDefinitions(string body, List<FootnoteMarker> markers, LineMap lines, EquatableArray<Footnote> footnotes, List<DraftingDiagnostic> diagnostics)
    {
        // Markdig's footnote block starts after "[^label]: ", so a kept definition is found by its line.
        var kept = new HashSet<int>();
        foreach (var footnote in footnotes)
        {
            kept.Add(footnote.Span.Line);
        }

        List<Footnote>? recovered = null;
        foreach (var marker in markers)
        {
            if (!marker.Colon || !(marker.Start == 0 || body[marker.Start - 1] == '\n') || kept.Contains(lines.Span(marker.Start, 0).Line))
            {
                continue;
            }

            var textStart = marker.Start + marker.Length;
            var end = body.IndexOf("\n\n", textStart, StringComparison.Ordinal);
            end = end < 0 ? body.Length : end;
            var definition = body.Substring(textStart, end - textStart);
            var text = InlineText.Empty;
            foreach (var block in TryParse(definition.TrimStart(), PipelineFor(definition)) ?? new MarkdownDocument())
            {
                if (block is ParagraphBlock paragraph)
                {
                    var lead = definition.Length - definition.TrimStart().Length;
                    text = new InlineConverter(definition.TrimStart(), lines, diagnostics, textStart + lead).Convert(paragraph.Inline);
                    break;
                }
            }

            recovered ??= new List<Footnote>(footnotes);
            recovered.Add(new Footnote(marker.Label(body), text, lines.Span(marker.Start, end - marker.Start)));
        }

        if (recovered is null)
        {
            return footnotes;
        }

        recovered.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return EquatableArray.From(recovered);
    }

    private static void CheckFootnoteLabels(string body, List<FootnoteMarker> markers, LineMap lines, EquatableArray<Footnote> footnotes, List<DraftingDiagnostic> diagnostics)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var footnote in footnotes)
        {
            if (!defined.Add(footnote.Label))
            {
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.DuplicateFootnote, footnote.Span, footnote.Label));
            }
        }

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var definitionLabels = new List<(string Label, SourceSpan Span)>();
        foreach (var marker in markers)
        {
            var label = marker.Label(body);
            var atLineStart = marker.Start == 0 || body[marker.Start - 1] == '\n' || IsIndentOnly(body, marker.Start);
            if (marker.Colon && atLineStart)
            {
                definitionLabels.Add((label, lines.Span(marker.Start, marker.Length)));
                continue;
            }

            referenced.Add(label);
            if (!defined.Contains(label))
            {
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UndefinedFootnote, lines.Span(marker.Start, marker.Length), label));
            }
        }

        // Markdig keeps only the first of two definitions with one label: the second is reported, not lost.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, span) in definitionLabels)
        {
            if (!seen.Add(label) && !ContainsDuplicate(diagnostics, label))
            {
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.DuplicateFootnote, span, label));
            }
        }

        foreach (var footnote in footnotes)
        {
            if (!referenced.Contains(footnote.Label))
            {
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnreferencedFootnote, footnote.Span, footnote.Label));
            }
        }
    }

    private static bool ContainsDuplicate(List<DraftingDiagnostic> diagnostics, string label)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor == TemplateDiagnostics.DuplicateFootnote && diagnostic.Message.Contains("[^" + label + "]"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIndentOnly(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    internal static (string Text, int BadByte) Decode(byte[] bytes)
    {
        try
        {
            var strict = new UTF8Encoding(false, true);
            return (strict.GetString(bytes), -1);
        }
        catch (DecoderFallbackException exception)
        {
            return (new UTF8Encoding(false, false).GetString(bytes), exception.Index);
        }
    }
}
