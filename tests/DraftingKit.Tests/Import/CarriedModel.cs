using System.Globalization;
using System.Text;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The part of a document model that an output format carries, as a <see cref="ModelDump"/> outline: plain text
/// (UN text, a PDF's text layer) has no italics and no link targets, so for it emphasis and links are reduced to
/// their words; every format prints footnotes by number, so labels become 1, 2, 3 … in order of first reference.
/// Comparing these outlines says "the same model, as far as the format can tell".
/// </summary>
internal static class CarriedModel
{
    /// <summary>
    /// The outline of <paramref name="document"/>, a text the UN wrote, as plain text carries it: spaces at a
    /// paragraph's ends are not printed, so they are not expected back.
    /// </summary>
    public static string AsPlainText(ResolutionDocument document) => ModelDump.Write(new Rewriter(document, plain: true, linkTargets: false, trimEnds: true).Document());

    /// <summary>
    /// The outline of <paramref name="document"/>, a text an import read, as plain text carries it, a paragraph's ends
    /// kept: a space the import leaves at an end was not in the print, and shows as a difference.
    /// </summary>
    public static string AsPlainTextAsRead(ResolutionDocument document) => ModelDump.Write(new Rewriter(document, plain: true, linkTargets: false, trimEnds: false).Document());

    /// <summary>
    /// The outline of <paramref name="document"/> as a PDF's text layer carries it: plain text, where a non-breaking
    /// space ("30\u00A0June") or a narrow one prints as a space and a non-breaking hyphen ("non\u2011proliferation") as a
    /// hyphen, because the text layer holds the glyph printed, not the character that kept the line from breaking there.
    /// </summary>
    public static string AsPrintedText(ResolutionDocument document) => Printed(AsPlainText(document));

    /// <summary>As <see cref="AsPrintedText"/>, for a text an import read: a paragraph's ends kept (<see cref="AsPlainTextAsRead"/>).</summary>
    public static string AsPrintedTextAsRead(ResolutionDocument document) => Printed(AsPlainTextAsRead(document));

    /// <summary>The printed forms of the space and the hyphen made one: what a PDF's text layer cannot tell apart.</summary>
    public static string Printed(string outline) => outline.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2011', '-');

    /// <summary>The outline with footnotes numbered as printed, formatting kept (Word, AKN).</summary>
    public static string AsFormatted(ResolutionDocument document) => ModelDump.Write(new Rewriter(document, plain: false, linkTargets: true, trimEnds: false).Document());

    /// <summary>
    /// The outline with formatting kept and links reduced to their words when <paramref name="linkTargets"/> is false
    /// (how a link's target is written, an address or a symbol with its qualifiers, is the AKN importer's reading).
    /// </summary>
    public static string AsFormatted(ResolutionDocument document, bool linkTargets) => ModelDump.Write(new Rewriter(document, plain: false, linkTargets, trimEnds: false).Document());

    /// <summary>
    /// The outline of <paramref name="document"/>, a text the UN wrote, as a Word file of it carries it: formatting kept,
    /// links as their words, and spaces at a paragraph's ends left out, as an import trims them (a Word paragraph's
    /// space after its label's tab, " <i>Reiterates</i>" in A/RES/75/306 paragraph 14, prints as the tab's).
    /// </summary>
    public static string AsWordText(ResolutionDocument document) => ModelDump.Write(new Rewriter(document, plain: false, linkTargets: false, trimEnds: true).Document());

    private sealed class Rewriter
    {
        private readonly ResolutionDocument document;
        private readonly bool plain;
        private readonly bool linkTargets;
        private readonly bool trimEnds;
        private readonly FootnoteNumbering numbering;

        public Rewriter(ResolutionDocument document, bool plain, bool linkTargets, bool trimEnds)
        {
            this.document = document;
            this.plain = plain;
            this.linkTargets = linkTargets;
            this.trimEnds = trimEnds;
            numbering = FootnoteNumbering.For(document);
        }

        public ResolutionDocument Document() => document with
        {
            Path = string.Empty,
            Parts = EquatableArray.From(document.Parts.Select(part => part with
            {
                Title = part.Title is null ? null : Text(part.Title),
                DesignationNote = part.DesignationNote is null ? null : Text(part.DesignationNote),
                Formula = part.Formula is null ? null : part.Formula with { Text = Text(part.Formula.Text) },
                Preamble = Blocks(part.Preamble),
                OperativePart = Blocks(part.OperativePart),
            })),
            Annexes = EquatableArray.From(document.Annexes.Select(annex => annex with
            {
                Title = annex.Title is null ? null : Text(annex.Title),
                Blocks = Blocks(annex.Blocks),
            })),
            Footnotes = EquatableArray.From(numbering.Ordered.Select(note => note with
            {
                Label = Number(note.Label),
                Text = Text(note.Text),
            })),
        };

        private string Number(string label) => (numbering.NumberOf(label) ?? 0).ToString(CultureInfo.InvariantCulture);

        private EquatableArray<BodyBlock> Blocks(EquatableArray<BodyBlock> blocks) => EquatableArray.From(blocks.Select(Block));

        private BodyBlock Block(BodyBlock block) => block switch
        {
            PreambularParagraph p => p with { Text = Text(p.Text), Subparagraphs = Items(p.Subparagraphs) },
            OperativeParagraph p => p with { Text = Text(p.Text), Subparagraphs = Items(p.Subparagraphs) },
            TextParagraph p => p with { Text = Text(p.Text), Subparagraphs = Items(p.Subparagraphs) },
            Heading h => h with { Text = Text(h.Text) },
            // Plain text prints a table's cells, one row a line, but not which rows are headers nor what a cell spans.
            Table t when plain => t with { Rows = EquatableArray.From(t.Rows.Select(row => row with { Cells = EquatableArray.From(row.Cells.Select(Text)), IsHeader = false, Spans = EquatableArray<int>.Empty })) },
            Table t => t with { Rows = EquatableArray.From(t.Rows.Select(row => row with { Cells = EquatableArray.From(row.Cells.Select(Text)) })) },
            _ => block,
        };

        private EquatableArray<Subparagraph> Items(EquatableArray<Subparagraph> items) =>
            EquatableArray.From(items.Select(item => item with { Text = Text(item.Text), Items = Items(item.Items) }));

        private InlineText Text(InlineText text)
        {
            var output = new List<Inline>();
            var run = new StringBuilder();
            void Flush()
            {
                if (run.Length > 0)
                {
                    output.Add(new TextRun(run.ToString(), SourceSpan.None));
                    run.Clear();
                }
            }

            void Add(InlineText content)
            {
                foreach (var inline in content.Inlines)
                {
                    switch (inline)
                    {
                        case TextRun textRun:
                            run.Append(textRun.Text);
                            break;
                        case Emphasis emphasis when plain:
                            Add(emphasis.Content);
                            break;
                        case StrongEmphasis strong when plain:
                            Add(strong.Content);
                            break;
                        case DocumentLink link when plain || !linkTargets:
                            Add(link.Content);
                            break;
                        case Emphasis emphasis:
                            Flush();
                            output.Add(emphasis with { Content = Text(emphasis.Content) });
                            break;
                        case StrongEmphasis strong:
                            Flush();
                            output.Add(strong with { Content = Text(strong.Content) });
                            break;
                        case DocumentLink link:
                            Flush();
                            output.Add(link with { Content = Text(link.Content) });
                            break;
                        case FootnoteReference reference:
                            Flush();
                            output.Add(reference with { Label = Number(reference.Label) });
                            break;
                    }
                }
            }

            Add(text);
            Flush();

            // Spaces at either end of a paragraph (the UN's files have some: S/RES/2560 (2020), A/RES/75/306 paragraph 14)
            // are not printed: plain text cannot carry them. Only the UN's side is trimmed, so a space an import adds shows.
            if (trimEnds)
            {
                TrimEnds(output);
            }

            return new InlineText(EquatableArray.From(output));
        }

        private static void TrimEnds(List<Inline> output)
        {
            if (output.Count > 0 && output[output.Count - 1] is TextRun last)
            {
                output[output.Count - 1] = last with { Text = last.Text.TrimEnd() };
            }

            if (output.Count > 0 && output[0] is TextRun first)
            {
                output[0] = first with { Text = first.Text.TrimStart() };
            }

            output.RemoveAll(inline => inline is TextRun { Text.Length: 0 });
        }
    }
}
