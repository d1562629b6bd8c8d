using System.Text;
using System.Xml.Linq;
using DraftingKit.Model;

namespace DraftingKit.Import.Akn;

/// <summary>
/// Reads the inline content of an AKN4UN block (a <c>p</c>, a <c>heading</c>, a <c>num</c>) into inline text:
/// italic spans become <see cref="Emphasis"/>, bold spans <see cref="StrongEmphasis"/>, <c>a href</c> links
/// <see cref="DocumentLink"/>s to the cited symbol, <c>authorialNote</c>s footnote references whose text joins
/// the document's footnotes. White space is collapsed as a reader of the printed text sees it.
/// </summary>
internal sealed class AknInlineReader
{
    private readonly AknContext context;

    public AknInlineReader(AknContext context) => this.context = context;

    /// <summary>The inline text of the children of <paramref name="element"/>.</summary>
    public InlineText Read(XElement element) => Read(element.Nodes(), element);

    /// <summary>The inline text of <paramref name="nodes"/>, which stand inside <paramref name="owner"/>.</summary>
    public InlineText Read(IEnumerable<XNode> nodes, XElement owner)
    {
        var raw = new List<Inline>();
        AppendNodes(raw, nodes, owner);
        return Normalize(raw);
    }

    /// <summary>Text of several paragraphs (the <c>p</c> of a footnote or a table cell) joined by a space.</summary>
    public InlineText ReadParagraphs(XElement element) => ReadParagraphs(element, _ => true);

    /// <summary>Text of the paragraphs of <paramref name="element"/> that <paramref name="include"/> keeps, joined by a space.</summary>
    public InlineText ReadParagraphs(XElement element, Func<XNode, bool> include)
    {
        var raw = new List<Inline>();
        var first = true;
        foreach (var node in element.Nodes().Where(include))
        {
            if (node is XElement paragraph && AknContext.Name(paragraph) == "p")
            {
                if (!first)
                {
                    raw.Add(new TextRun(" ", context.SpanOf(paragraph)));
                }

                AppendNodes(raw, paragraph.Nodes(), paragraph);
                first = false;
            }
            else
            {
                AppendNodes(raw, new[] { node }, element);
            }
        }

        return Normalize(raw);
    }

    private void AppendNodes(List<Inline> output, IEnumerable<XNode> nodes, XElement owner)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    output.Add(new TextRun(text.Value, context.SpanOf(text)));
                    break;
                case XElement element:
                    AppendElement(output, element, owner);
                    break;
            }
        }
    }

    private void AppendElement(List<Inline> output, XElement element, XElement owner)
    {
        var span = context.SpanOf(element);
        switch (AknContext.Name(element))
        {
            case "span":
            {
                var classes = (string?)element.Attribute("class") ?? string.Empty;
                var content = new List<Inline>();
                AppendNodes(content, element.Nodes(), owner);
                var inner = new InlineText(EquatableArray.From(content));
                var italic = HasClass(classes, "italic");
                var bold = HasClass(classes, "bold");
                if (italic && bold)
                {
                    output.Add(new StrongEmphasis(InlineText.Of(new Emphasis(inner, span)), span));
                }
                else if (italic)
                {
                    output.Add(new Emphasis(inner, span));
                }
                else if (bold)
                {
                    output.Add(new StrongEmphasis(inner, span));
                }
                else
                {
                    output.AddRange(content);
                }

                break;
            }

            case "a":
            {
                var content = new List<Inline>();
                AppendNodes(content, element.Nodes(), owner);
                var href = (string?)element.Attribute("href") ?? string.Empty;
                var target = AknSymbols.FromHref(href);
                var link = new DocumentLink(new InlineText(EquatableArray.From(content)), target, span);

                // The UN's files sometimes split one citation into several links to the same document
                // ("58/" + "2" + "92"); a reader sees one citation.
                if (output.Count > 0 && output[output.Count - 1] is DocumentLink previous && previous.Target == target)
                {
                    var merged = new List<Inline>(previous.Content.Inlines);
                    merged.AddRange(content);
                    output[output.Count - 1] = previous with { Content = new InlineText(EquatableArray.From(merged)) };
                }
                else
                {
                    output.Add(link);
                }

                break;
            }

            case "authorialNote":
            {
                var marker = (string?)element.Attribute("marker") ?? string.Empty;
                var label = context.FootnoteLabel(marker, element);
                output.Add(new FootnoteReference(label, span));
                context.Footnotes.Add(new Footnote(label, ReadParagraphs(element), span));
                if ((string?)element.Attribute("eId") is { Length: > 0 } id)
                {
                    context.FootnoteLabelsById[id] = label;
                }

                break;
            }

            case "noteRef" when NoteReferredTo(element) is { } label:
                // A second reference to a footnote already printed (the same marker again): the note itself stands
                // at its first reference, this one points back to it.
                output.Add(new FootnoteReference(label, span));
                break;

            case "eol":
                output.Add(new TextRun(" ", span));
                break;
            case "img":
                context.Report(AknImportDiagnostics.ImageDropped, element, (string?)element.Attribute("alt") ?? (string?)element.Attribute("src") ?? "img");
                break;
            case "sup":
            case "inline":
            case "docNumber":
            case "docTitle":
            case "docDate":
            case "docProponent":
            case "session":
            case "docStatus":
            case "docAuthority":
                // Markup of meaning, not of form: the words are the text.
                AppendNodes(output, element.Nodes(), owner);
                break;
            case "p":
                output.Add(new TextRun(" ", span));
                AppendNodes(output, element.Nodes(), element);
                output.Add(new TextRun(" ", span));
                break;
            default:
                context.Report(AknImportDiagnostics.UnmappedElement, element, AknContext.Name(element), AknContext.Name(owner));
                AppendNodes(output, element.Nodes(), owner);
                break;
        }
    }

    /// <summary>
    /// The label of the footnote a <c>noteRef</c> points to: the note read with that <c>eId</c>, or, for a note placed
    /// later in the file, its marker; null when the reference names no note.
    /// </summary>
    private string? NoteReferredTo(XElement reference)
    {
        var href = ((string?)reference.Attribute("href") ?? string.Empty).TrimStart('#');
        if (href.Length > 0 && context.FootnoteLabelsById.TryGetValue(href, out var label))
        {
            return label;
        }

        var marker = ((string?)reference.Attribute("marker") ?? string.Empty).Trim();
        return href.Length > 0 && marker.Length > 0 && reference.Document?.Descendants(AknContext.Akn + "authorialNote").Any(note => (string?)note.Attribute("eId") == href) == true
            ? marker
            : null;
    }

    private static bool HasClass(string classes, string name)
    {
        foreach (var part in classes.Split(' ', '\t'))
        {
            if (string.Equals(part, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Collapses white space (tabs and line breaks of the markup) to single spaces, trims the text, keeps spaces
    /// at the edges of italics and links outside them, and drops formatting left empty.
    /// </summary>
    private static InlineText Normalize(List<Inline> raw)
    {
        var lastWasSpace = true;
        var output = Collapse(raw, ref lastWasSpace);
        TrimEnd(output);
        return new InlineText(EquatableArray.From(output));
    }

    private static List<Inline> Collapse(IEnumerable<Inline> inlines, ref bool lastWasSpace)
    {
        var output = new List<Inline>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    AddText(output, CollapseText(run.Text, ref lastWasSpace), run.Span);
                    break;
                case Emphasis emphasis:
                    Wrap(output, emphasis.Content, ref lastWasSpace, content => new Emphasis(content, emphasis.Span), emphasis.Span);
                    break;
                case StrongEmphasis strong:
                    Wrap(output, strong.Content, ref lastWasSpace, content => new StrongEmphasis(content, strong.Span), strong.Span);
                    break;
                case DocumentLink link:
                    Wrap(output, link.Content, ref lastWasSpace, content => link with { Content = content }, link.Span);
                    break;
                default:
                    output.Add(inline);
                    lastWasSpace = false;
                    break;
            }
        }

        return output;
    }

    private static void Wrap(List<Inline> output, InlineText content, ref bool lastWasSpace, Func<InlineText, Inline> make, Model.SourceSpan span)
    {
        var inner = Collapse(content.Inlines, ref lastWasSpace);
        var trailing = TrimEnd(inner);
        var leading = TrimStart(inner);
        if (leading)
        {
            AddText(output, " ", span);
        }

        // Markdown cannot open italics on a space or, after a letter, on punctuation ("United Nations, *Treaty
        // Series*" is marked up with the comma inside the italics); such edges stand outside, as printed.
        AddText(output, TakeLeadingEdge(inner, PrecededByLetterOrDigit(output)), span);
        var trailingEdge = TakeTrailingWhiteSpace(inner);
        if (inner.Count > 0)
        {
            output.Add(make(new InlineText(EquatableArray.From(inner))));
        }

        AddText(output, trailingEdge, span);
        if (trailing)
        {
            AddText(output, " ", span);
        }
    }

    private static bool PrecededByLetterOrDigit(List<Inline> output) =>
        output.Count > 0 && output[output.Count - 1] is TextRun { Text: var text } && text.Length > 0 && char.IsLetterOrDigit(text[text.Length - 1]);

    private static string TakeLeadingEdge(List<Inline> inlines, bool punctuationToo)
    {
        if (inlines.Count == 0 || inlines[0] is not TextRun run)
        {
            return string.Empty;
        }

        var count = 0;
        while (count < run.Text.Length && (char.IsWhiteSpace(run.Text[count]) || (punctuationToo && char.IsPunctuation(run.Text[count]) && run.Text[count] is not ('(' or '[' or '“' or '‘' or '"'))))
        {
            count++;
        }

        if (count == 0)
        {
            return string.Empty;
        }

        var edge = run.Text.Substring(0, count);
        if (count == run.Text.Length)
        {
            inlines.RemoveAt(0);
        }
        else
        {
            inlines[0] = run with { Text = run.Text.Substring(count) };
        }

        return edge;
    }

    private static string TakeTrailingWhiteSpace(List<Inline> inlines)
    {
        if (inlines.Count == 0 || inlines[inlines.Count - 1] is not TextRun run)
        {
            return string.Empty;
        }

        var keep = run.Text.Length;
        while (keep > 0 && char.IsWhiteSpace(run.Text[keep - 1]))
        {
            keep--;
        }

        if (keep == run.Text.Length)
        {
            return string.Empty;
        }

        var edge = run.Text.Substring(keep);
        if (keep == 0)
        {
            inlines.RemoveAt(inlines.Count - 1);
        }
        else
        {
            inlines[inlines.Count - 1] = run with { Text = run.Text.Substring(0, keep) };
        }

        return edge;
    }

    private static string CollapseText(string text, ref bool lastWasSpace)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsCollapsible(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (c is '\u200E' or '\u200F' or '\uFEFF')
            {
                // Direction and byte-order marks carry nothing a reader sees.
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString();
    }

    private static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u2028' or '\u2029';

    private static void AddText(List<Inline> output, string text, Model.SourceSpan span)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (output.Count > 0 && output[output.Count - 1] is TextRun previous)
        {
            output[output.Count - 1] = new TextRun(previous.Text + text, previous.Span);
            return;
        }

        output.Add(new TextRun(text, span));
    }

    /// <summary>Removes a space that opens <paramref name="inlines"/>; true when there was one.</summary>
    private static bool TrimStart(List<Inline> inlines)
    {
        if (inlines.Count > 0 && inlines[0] is TextRun run && run.Text.StartsWith(" ", StringComparison.Ordinal))
        {
            var rest = run.Text.Substring(1);
            if (rest.Length == 0)
            {
                inlines.RemoveAt(0);
            }
            else
            {
                inlines[0] = run with { Text = rest };
            }

            return true;
        }

        return false;
    }

    /// <summary>Removes a space that closes <paramref name="inlines"/>; true when there was one.</summary>
    private static bool TrimEnd(List<Inline> inlines)
    {
        var removed = false;
        while (inlines.Count > 0)
        {
            var last = inlines.Count - 1;
            if (inlines[last] is TextRun run && run.Text.EndsWith(" ", StringComparison.Ordinal))
            {
                var rest = run.Text.TrimEnd(' ');
                if (rest.Length == 0)
                {
                    inlines.RemoveAt(last);
                }
                else
                {
                    inlines[last] = run with { Text = rest };
                }

                removed = true;
                continue;
            }

            break;
        }

        return removed;
    }
}
