using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Inline = DraftingKit.Model.Inline;

namespace DraftingKit.Templates;

/// <summary>Converts Markdig inlines into the model's inline runs, reporting Markdown the format does not use.</summary>
internal sealed class InlineConverter
{
    private readonly string source;
    private readonly LineMap lines;
    private readonly List<DraftingDiagnostic> diagnostics;
    private readonly int offset;

    // The labels in the order of their first reference: a repeated reference written as the superscript digits of
    // the number a note prints ("thereto,¹") reads as that note.
    private readonly List<string> noteOrder = new();

    // PERF: the text of the run being gathered. Markdig splits literal text at every delimiter it considered, so a
    // paragraph comes in many pieces; each is copied once, into this, and the run made when something else follows,
    // rather than each piece copied to a string and the strings joined pair by pair. One builder serves every
    // nested text, as the run gathered is ended before a nested text (an emphasis, a link) is converted.
    private readonly StringBuilder runText = new();

    // PERF: the runs of the texts being converted, nested ones after the text they are in: a text's runs are the end of
    // this list from where its conversion started, copied once into an array of their number and removed. A list for
    // each text grew, and was copied again into the text's array, for every paragraph, emphasis and link.
    private readonly List<Inline> converted = new();

#if !NET
    private static readonly char[] SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹".ToCharArray();
#endif

    private SourceSpan runSpan;
    private bool gathering;

    /// <param name="source">The text Markdig parsed.</param>
    /// <param name="lines">Line map of the whole file.</param>
    /// <param name="diagnostics">Where to report.</param>
    /// <param name="offset">Where <paramref name="source"/> starts in the file, when Markdig parsed a piece of it.</param>
    public InlineConverter(string source, LineMap lines, List<DraftingDiagnostic> diagnostics, int offset = 0)
    {
        this.source = source;
        this.lines = lines;
        this.diagnostics = diagnostics;
        this.offset = offset;
    }

    public InlineText Convert(ContainerInline? container)
    {
        if (container is null)
        {
            return InlineText.Empty;
        }

        var start = converted.Count;
        foreach (var inline in container)
        {
            Append(inline, converted);
        }

        EndRun(converted);
        var count = converted.Count - start;
        if (count == 0)
        {
            return InlineText.Empty;
        }

        var runs = new Inline[count];
        converted.CopyTo(start, runs, 0, count);
        converted.RemoveRange(start, count);
        return new InlineText(new EquatableArray<Inline>(runs));
    }

    private void Append(Markdig.Syntax.Inlines.Inline inline, List<Model.Inline> output)
    {
        var span = lines.Inclusive(offset + inline.Span.Start, offset + inline.Span.End);
        switch (inline)
        {
            case LiteralInline literal:
            {
                var content = literal.Content;
                if (!literal.IsFirstCharacterEscaped && IsDelimiterRun(content.Text, content.Start, content.Length))
                {
                    diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnterminatedEmphasis, span, content.ToString()));
                }

                if (literal.IsFirstCharacterEscaped)
                {
                    AddText(content.Text, content.Start, content.Length, span);
                }
                else
                {
                    AppendWithRepeatedMarkers(content.Text, content.Start, content.Length, literal.Span.Start, span, output);
                }

                break;
            }

            case EmphasisInline emphasis:
            {
                EndRun(output);
                var content = Convert(emphasis);
                output.Add(emphasis.DelimiterCount >= 2
                    ? new StrongEmphasis(content, span)
                    : new Emphasis(content, span));
                break;
            }

            case FootnoteLink { IsBackLink: false } footnoteLink:
            {
                var label = FootnoteLabel(footnoteLink.Footnote.Label);
                if (!noteOrder.Contains(label))
                {
                    noteOrder.Add(label);
                }

                EndRun(output);
                output.Add(new FootnoteReference(label, span));
                break;
            }

            case LinkInline { IsImage: true } image:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, "An image"));
                AppendAll(image, output);
                break;
            case LinkInline link:
            {
                EndRun(output);
                var content = Convert(link);
                var target = string.IsNullOrEmpty(link.Url) || link.Url == "#" ? content.PlainText : link.Url!;
                output.Add(new DocumentLink(content, target, span));
                break;
            }

            case AutolinkInline autolink:
                EndRun(output);
                output.Add(new DocumentLink(InlineText.Of(new TextRun(autolink.Url, span)), autolink.Url, span));
                break;
            case LineBreakInline:
                AddText(" ", 0, 1, span);
                break;
            case HtmlEntityInline entity:
                AddText(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length, span);
                break;
            case CodeInline code:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, "Inline code"));
                AddText(code.Content, 0, code.Content.Length, span);
                break;
            case HtmlInline { Tag: "<!---->" }:
                // The writer's separator between a delimiter and what would keep it from opening or closing
                // (Rendering/InlineSeparators): nothing a reader sees.
                break;
            case HtmlInline html:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, "HTML '" + html.Tag + "'"));
                AddText(html.Tag, 0, html.Tag.Length, span);
                break;
            case LinkDelimiterInline bracket:
                // An opening bracket Markdig could not close into a link ("to [establish][consider establishing]" in a
                // negotiation draft) keeps its "[": the text is the drafter's, not a link.
                var opening = bracket.ToLiteral();
                AddText(opening, 0, opening.Length, lines.Inclusive(offset + bracket.Span.Start, offset + bracket.Span.Start));
                AppendAll(bracket, output);
                break;
            case ContainerInline container:
                AppendAll(container, output);
                break;
            default:
                // Any other Markdig inline keeps its source text, so nothing the drafter wrote is lost.
                var source = SourceText(inline);
                AddText(source, 0, source.Length, span);
                break;
        }
    }

    /// <summary>
    /// Literal text, with each run of superscript digits that stands straight after a letter or punctuation and
    /// gives the number of a note already referenced read as a reference to that note again: the form the template
    /// writer gives a repeated reference, and the UN's plain texts their markers. Other superscript digits stay
    /// text ("10⁶"; the writer writes a superscript meant as text as a character reference).
    /// </summary>
    /// <param name="text">The string that holds the literal's text.</param>
    /// <param name="textStart">Where the literal's text starts in <paramref name="text"/>.</param>
    /// <param name="length">The length of the literal's text.</param>
    /// <param name="local">Where it starts in the parsed <see cref="source"/>.</param>
    /// <param name="span">Its span in the file.</param>
    /// <param name="output">Where the runs go.</param>
    private void AppendWithRepeatedMarkers(string text, int textStart, int length, int local, SourceSpan span, List<Model.Inline> output)
    {
        var start = offset + local;
        var from = 0;
        // PERF: a superscript digit can repeat a reference only once a note has been referenced; and most text holds
        // none, which a vectorized search finds.
        var first = length == 0 || noteOrder.Count == 0 ? -1 : FirstSuperscriptDigit(text, textStart, length);
        for (var i = first < 0 ? length : first - textStart; i < length; i++)
        {
            if (!Numerals.IsSuperscriptDigit(text[textStart + i]))
            {
                continue;
            }

            var end = i;
            var number = 0;
            while (end < length && Numerals.SuperscriptDigit(text[textStart + end]) is int digit && number < 100_000)
            {
                number = (number * 10) + digit;
                end++;
            }

            var before = local + i - 1 >= 0 && local + i - 1 < source.Length ? source[local + i - 1] : ' ';
            if (char.IsWhiteSpace(before) || char.IsDigit(before) || number < 1 || number > noteOrder.Count)
            {
                i = end - 1;
                continue;
            }

            if (i > from)
            {
                AddText(text, textStart + from, i - from, lines.Inclusive(start + from, start + i - 1));
            }

            EndRun(output);
            output.Add(new FootnoteReference(noteOrder[number - 1], lines.Inclusive(start + i, start + end - 1)));
            from = end;
            i = end - 1;
        }

        if (from == 0)
        {
            AddText(text, textStart, length, span);
        }
        else if (from < length)
        {
            AddText(text, textStart + from, length - from, lines.Inclusive(start + from, start + length - 1));
        }
    }

#if NET
    private static readonly System.Buffers.SearchValues<char> SuperscriptBlock = System.Buffers.SearchValues.Create("\u2070\u2071\u2072\u2073\u2074\u2075\u2076\u2077\u2078\u2079");
#endif

    /// <summary>
    /// Where the first character that may be a superscript digit stands in <paramref name="text"/> from
    /// <paramref name="start"/>, or -1: the digits ¹ ² ³ of Latin-1 and the block from ⁰ to ⁹, by two vectorized
    /// searches (an <c>IndexOfAny</c> of the ten digits took the slow path of a probabilistic map: an eighth of the reader).
    /// </summary>
    private static int FirstSuperscriptDigit(string text, int start, int length)
    {
        // A SearchValues rather than IndexOfAnyInRange, a generic search that boxes its bounds until the JIT compiles it
        // again (Text/PrintedText).
#if NET
        var span = text.AsSpan(start, length);
        var latin = span.IndexOfAny('\u00B2', '\u00B3', '\u00B9');
        var block = span.Slice(0, latin < 0 ? length : latin).IndexOfAny(SuperscriptBlock);
        var found = block >= 0 ? block : latin;
        return found < 0 ? -1 : start + found;
#else
        return text.IndexOfAny(SuperscriptDigits, start, length);
#endif
    }

    private void AppendAll(ContainerInline container, List<Model.Inline> output)
    {
        foreach (var child in container)
        {
            Append(child, output);
        }
    }

    private string SourceText(Markdig.Syntax.Inlines.Inline inline)
    {
        var start = System.Math.Max(0, inline.Span.Start);
        var end = System.Math.Min(source.Length - 1, inline.Span.End);
        return end >= start ? source.Substring(start, end - start + 1) : string.Empty;
    }

    /// <summary>Markdig keeps the caret of "[^label]" in the label; the model does not.</summary>
    public static string FootnoteLabel(string? label) =>
        label is null ? string.Empty : label.StartsWith("^", System.StringComparison.Ordinal) ? label.Substring(1) : label;

    private static bool IsDelimiterRun(string text, int start, int length)
    {
        if (length == 0)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (text[i] != '*' && text[i] != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a piece of text to the run being gathered: adjacent pieces make one run.</summary>
    private void AddText(string text, int start, int length, SourceSpan span)
    {
        if (!gathering)
        {
            runSpan = span;
            gathering = true;
        }
        else if (runSpan.IsKnown && span.IsKnown && span.End >= runSpan.End)
        {
            runSpan = runSpan with { Length = span.End - runSpan.Start, EndLine = span.EndLine, EndColumn = span.EndColumn };
        }

        // A piece that does not follow the previous one in the file (a footnote recovered from a substring, text
        // Markdig moved) keeps the run's span rather than making one of negative length.
        runText.Append(text, start, length);
    }

    /// <summary>Ends the run being gathered, before anything that is not text is added or a nested text converted.</summary>
    private void EndRun(List<Model.Inline> output)
    {
        if (!gathering)
        {
            return;
        }

        output.Add(new TextRun(runText.ToString(), runSpan));
        runText.Clear();
        gathering = false;
    }
}
