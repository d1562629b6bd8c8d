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

        var output = new List<Inline>();
        foreach (var inline in container)
        {
            Append(inline, output);
        }

        return Merge(output);
    }

    private void Append(Markdig.Syntax.Inlines.Inline inline, List<Model.Inline> output)
    {
        var span = lines.Inclusive(offset + inline.Span.Start, offset + inline.Span.End);
        switch (inline)
        {
            case LiteralInline literal:
            {
                var text = literal.Content.ToString();
                if (!literal.IsFirstCharacterEscaped && IsDelimiterRun(text))
                {
                    diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnterminatedEmphasis, span, text));
                }

                if (literal.IsFirstCharacterEscaped)
                {
                    output.Add(new TextRun(text, span));
                }
                else
                {
                    AppendWithRepeatedMarkers(text, literal.Span.Start, span, output);
                }

                break;
            }

            case EmphasisInline emphasis:
            {
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

                output.Add(new FootnoteReference(label, span));
                break;
            }

            case LinkInline { IsImage: true } image:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, "An image"));
                AppendAll(image, output);
                break;
            case LinkInline link:
            {
                var content = Convert(link);
                var target = string.IsNullOrEmpty(link.Url) || link.Url == "#" ? content.PlainText : link.Url!;
                output.Add(new DocumentLink(content, target, span));
                break;
            }

            case AutolinkInline autolink:
                output.Add(new DocumentLink(InlineText.Of(new TextRun(autolink.Url, span)), autolink.Url, span));
                break;
            case LineBreakInline:
                output.Add(new TextRun(" ", span));
                break;
            case HtmlEntityInline entity:
                output.Add(new TextRun(entity.Transcoded.ToString(), span));
                break;
            case CodeInline code:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, "Inline code"));
                output.Add(new TextRun(code.Content, span));
                break;
            case HtmlInline { Tag: "<!---->" }:
                // The writer's separator between a delimiter and what would keep it from opening or closing
                // (Rendering/InlineSeparators): nothing a reader sees.
                break;
            case HtmlInline html:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, "HTML '" + html.Tag + "'"));
                output.Add(new TextRun(html.Tag, span));
                break;
            case LinkDelimiterInline bracket:
                // An opening bracket Markdig could not close into a link ("to [establish][consider establishing]" in a
                // negotiation draft) keeps its "[": the text is the drafter's, not a link.
                output.Add(new TextRun(bracket.ToLiteral(), lines.Inclusive(offset + bracket.Span.Start, offset + bracket.Span.Start)));
                AppendAll(bracket, output);
                break;
            case ContainerInline container:
                AppendAll(container, output);
                break;
            default:
                // Any other Markdig inline keeps its source text, so nothing the drafter wrote is lost.
                output.Add(new TextRun(SourceText(inline), span));
                break;
        }
    }

    /// <summary>
    /// Literal text, with each run of superscript digits that stands straight after a letter or punctuation and
    /// gives the number of a note already referenced read as a reference to that note again: the form the template
    /// writer gives a repeated reference, and the UN's plain texts their markers. Other superscript digits stay
    /// text ("10⁶"; the writer writes a superscript meant as text as a character reference).
    /// </summary>
    /// <param name="text">The literal's text.</param>
    /// <param name="local">Where it starts in the parsed <see cref="source"/>.</param>
    /// <param name="span">Its span in the file.</param>
    /// <param name="output">Where the runs go.</param>
    private void AppendWithRepeatedMarkers(string text, int local, SourceSpan span, List<Model.Inline> output)
    {
        var start = offset + local;
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Numerals.IsSuperscriptDigit(text[i]))
            {
                continue;
            }

            var end = i;
            var number = 0;
            while (end < text.Length && Numerals.SuperscriptDigit(text[end]) is int digit && number < 100_000)
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
                output.Add(new TextRun(text.Substring(from, i - from), lines.Inclusive(start + from, start + i - 1)));
            }

            output.Add(new FootnoteReference(noteOrder[number - 1], lines.Inclusive(start + i, start + end - 1)));
            from = end;
            i = end - 1;
        }

        if (from == 0)
        {
            output.Add(new TextRun(text, span));
        }
        else if (from < text.Length)
        {
            output.Add(new TextRun(text.Substring(from), lines.Inclusive(start + from, start + text.Length - 1)));
        }
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

    private static bool IsDelimiterRun(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c != '*' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Joins adjacent text runs, which Markdig splits at every delimiter it considered.</summary>
    private static InlineText Merge(List<Model.Inline> inlines)
    {
        var merged = new List<Model.Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextRun run && merged.Count > 0 && merged[merged.Count - 1] is TextRun previous)
            {
                // A run that does not follow the previous one in the file (a footnote recovered from a substring,
                // text Markdig moved) keeps the previous span rather than making one of negative length.
                var span = previous.Span.IsKnown && run.Span.IsKnown && run.Span.End >= previous.Span.End
                    ? previous.Span with { Length = run.Span.End - previous.Span.Start, EndLine = run.Span.EndLine, EndColumn = run.Span.EndColumn }
                    : previous.Span;
                merged[merged.Count - 1] = new TextRun(previous.Text + run.Text, span);
            }
            else
            {
                merged.Add(inline);
            }
        }

        return merged.Count == 0 ? InlineText.Empty : new InlineText(EquatableArray.From(merged));
    }
}
