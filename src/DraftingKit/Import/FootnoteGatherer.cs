using System.Globalization;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Gives each text the footnotes that belong to it, renumbered from 1 in order of first reference. The source
/// prints footnotes at the foot of each page, between paragraphs, and numbers them through the whole report
/// (001 runs to 72); the texts inside number them on their own.
/// </summary>
/// <remarks>
/// A marker finds its footnote among the footnote texts that stand between the start of its text and the start
/// of the next one; failing that, the nearest footnote text with that number after the start of its text (a
/// DOCX keeps all footnotes in one part). A marker without any footnote text stays in the text as a plain
/// superscript (DK0103), so no character is lost.
/// </remarks>
internal static class FootnoteGatherer
{
    public static ResolutionDocument Attach(ResolutionDocument document, TextSegment segment, IReadOnlyList<SourceBlock> allFootnotes, List<DraftingDiagnostic> diagnostics)
    {
        document = SymbolNotes.GiveBack(document, segment.Footnotes, References(document));
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in DocumentText.InReadingOrder(document))
        {
            foreach (var reference in text.FootnoteReferences())
            {
                if (seen.Add(reference.Label))
                {
                    order.Add(reference.Label);
                }
            }
        }

        var inRange = new Dictionary<string, SourceBlock>(StringComparer.Ordinal);
        foreach (var block in segment.Footnotes)
        {
            if (block.FootnoteNumber is { } number && !inRange.ContainsKey(number))
            {
                inRange.Add(number, block);
            }
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        var numbered = 0;

        // A note marked with a symbol keeps its mark ("*", then "*b" for a second "*"); the others are numbered.
        string Label(string number)
        {
            var label = FootnoteMark.Of(number) is { } mark ? FootnoteMark.Label(mark, given.Contains) : (++numbered).ToString(CultureInfo.InvariantCulture);
            given.Add(label);
            labels.Add(number, label);
            return label;
        }

        var footnotes = new List<Footnote>();
        foreach (var number in order)
        {
            var block = inRange.TryGetValue(number, out var found) ? found : Nearest(allFootnotes, number, segment.Span.Start);
            if (block is null)
            {
                continue;
            }

            footnotes.Add(new Footnote(Label(number), FootnoteText(block), block.Span));
        }

        // Footnote texts in the text's range that none of its markers names are kept after the others.
        foreach (var block in segment.Footnotes)
        {
            if (block.FootnoteNumber is { } number && !labels.ContainsKey(number) && inRange[number] == block)
            {
                footnotes.Add(new Footnote(Label(number), FootnoteText(block), block.Span));
                diagnostics.Add(DraftingDiagnostic.Create(ImportDiagnostics.UnreferencedFootnote, block.Span, number, ImportDiagnostics.Excerpt(InlineParser.Plain(block.Text), 50)));
            }
        }

        var relabel = new Relabeler(labels, diagnostics);
        var parts = document.Parts.Select(relabel.Part).ToArray();
        var annexes = document.Annexes.Select(relabel.Annex).ToArray();
        return document with { Parts = EquatableArray.From(parts), Annexes = EquatableArray.From(annexes), Footnotes = EquatableArray.From(footnotes) };
    }

    /// <summary>The labels the references name, but for a bare mark ("*"), which may stand for any note so marked.</summary>
    private static HashSet<string> References(ResolutionDocument document) =>
        new(DocumentText.InReadingOrder(document).SelectMany(text => text.FootnoteReferences()).Select(reference => reference.Label).Where(label => FootnoteMark.Of(label) != label), StringComparer.Ordinal);

    private static SourceBlock? Nearest(IReadOnlyList<SourceBlock> all, string number, int start)
    {
        SourceBlock? before = null;
        foreach (var block in all)
        {
            if (block.FootnoteNumber != number)
            {
                continue;
            }

            if (block.Span.Start >= start)
            {
                return block;
            }

            before = block;
        }

        return before;
    }

    /// <summary>A footnote's text; a superscript inside it is printed as it stands, never read as a marker.</summary>
    private static InlineText FootnoteText(SourceBlock block)
    {
        var text = InlineParser.Parse(block.Text, block.Span);
        return new InlineText(EquatableArray.From(text.Inlines.Select(Flatten)));

        static Inline Flatten(Inline inline) => inline switch
        {
            FootnoteReference reference => new TextRun(Superscript(reference.Label), reference.Span),
            Emphasis emphasis => emphasis with { Content = new InlineText(EquatableArray.From(emphasis.Content.Inlines.Select(Flatten))) },
            StrongEmphasis strong => strong with { Content = new InlineText(EquatableArray.From(strong.Content.Inlines.Select(Flatten))) },
            DocumentLink link => link with { Content = new InlineText(EquatableArray.From(link.Content.Inlines.Select(Flatten))) },
            _ => inline,
        };
    }

    /// <summary>The marker as the source printed it: "12" → "¹²".</summary>
    private static string Superscript(string digits)
    {
        var builder = new System.Text.StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            builder.Append(c is >= '0' and <= '9' ? "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0'] : c);
        }

        return builder.ToString();
    }

    /// <summary>Rewrites footnote labels through a document; a marker without footnote becomes plain superscript text.</summary>
    private sealed class Relabeler
    {
        private readonly Dictionary<string, string> labels;
        private readonly List<DraftingDiagnostic> diagnostics;

        public Relabeler(Dictionary<string, string> labels, List<DraftingDiagnostic> diagnostics)
        {
            this.labels = labels;
            this.diagnostics = diagnostics;
        }

        public DocumentPart Part(DocumentPart part) => DocumentTextMap.Map(part, Text);

        public Annex Annex(Annex annex) => DocumentTextMap.Map(annex, Text);

        private InlineText Text(InlineText text)
        {
            var output = new List<Inline>();
            foreach (var inline in text.Inlines)
            {
                switch (inline)
                {
                    case FootnoteReference reference when labels.TryGetValue(reference.Label, out var label):
                        output.Add(reference with { Label = label });
                        break;
                    case FootnoteReference reference:
                        diagnostics.Add(DraftingDiagnostic.Create(ImportDiagnostics.MissingFootnote, reference.Span, reference.Label));
                        output.Add(new TextRun(Superscript(reference.Label), reference.Span));
                        break;
                    case Emphasis emphasis:
                        output.Add(emphasis with { Content = Text(emphasis.Content) });
                        break;
                    case StrongEmphasis strong:
                        output.Add(strong with { Content = Text(strong.Content) });
                        break;
                    case DocumentLink link:
                        output.Add(link with { Content = Text(link.Content) });
                        break;
                    default:
                        output.Add(inline);
                        break;
                }
            }

            return new InlineText(EquatableArray.From(output));
        }
    }
}
