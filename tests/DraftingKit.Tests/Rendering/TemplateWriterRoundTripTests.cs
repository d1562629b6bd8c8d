using System.Text;
using CsCheck;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Issue 15, item 2: the template writer is total. For any run of inline text (emphasis next to punctuation,
/// spaces, footnote markers and links; literal "*", "_", "[", "&lt;", "\" and "&amp;" in the text), writing the
/// template and reading it back gives the same model. The corpus sweep checks the same on every UN file.
/// </summary>
public sealed class TemplateWriterRoundTripTests
{
    // The characters UN text holds next to emphasis, and every one Markdown gives a meaning to.
    private const string Alphabet = "aZ9 ()[]<>*_\\&#`|!~,.;:“”’-–/\u00a0\u202f";

    // Character references a text may hold as words, which must stay words.
    private static readonly Gen<string> References = Gen.OneOf(Gen.Const("&amp;"), Gen.Const("&#160;"), Gen.Const("R&D;"), Gen.Const("&#x41;"));

    private static readonly ResolutionDocument Host = TemplateReader.Read(
        "host.res.md",
        File.ReadAllText(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-77-8.res.md"))).Document;

    [Fact]
    public void An_italic_span_ending_on_an_opening_parenthesis_reads_back()
    {
        // A/RES/77/… (later sessions): "…18–22 March 2002 (" in italics, then "United Nations publication".
        var text = Run(new Emphasis(Run(new TextRun("Report of the International Conference on Financing for Development, Monterrey, Mexico, 18–22 March 2002 (", SourceSpan.None)), SourceSpan.None), new TextRun("United Nations publication, Sales No. E.02.II.A.7),", SourceSpan.None));

        var written = MarkdownRenderer.Inline(text);

        Assert.Equal("*Report of the International Conference on Financing for Development, Monterrey, Mexico, 18–22 March 2002 (*<!---->United Nations publication, Sales No. E.02.II.A.7),", written);
        Assert.Equal(Dump(text), Dump(ReadBack(text)));
    }

    [Theory]
    [InlineData("*Recalling* its resolution 77/1,")]
    [InlineData("United Nations, *Treaty Series*, vol. 1155, No. 18232.")]
    public void Text_that_needs_no_separator_is_written_as_before(string markdown)
    {
        var read = TemplateReader.Read("t.res.md", Template(markdown, Array.Empty<string>())).Document.Parts[0].Preamble[0];
        Assert.Equal(markdown, MarkdownRenderer.Inline(((PreambularParagraph)read).Text));
    }

    [Fact]
    public void Any_inline_run_reads_back_as_written()
    {
        var text = Gen.Frequency((6, Gen.String[Gen.Char[Alphabet], 1, 8]), (1, References));
        var plain = text.Select(t => (Inline)new TextRun(t, SourceSpan.None));
        var note = Gen.Const(0).Select(_ => (Inline)new FootnoteReference("?", SourceSpan.None));
        var target = Gen.OneOf(Gen.Const("A/RES/77/1"), Gen.Const("A/77/6 (Sect. 2)"), Gen.Const("https://www.un.org/en/"), Gen.Const(string.Empty));
        var link = from content in text
                   from to in target
                   select (Inline)new DocumentLink(Run(new TextRun(content, SourceSpan.None)), to.Length == 0 ? content : to, SourceSpan.None);
        var leaf = Gen.Frequency((4, plain), (1, note), (1, link));
        // Emphasis in the model's normal form, as the import and the template reader give it: something a reader
        // sees, with no white space at its edges (that stands outside the italics).
        var inside = leaf.Array[1, 3].Select(items => TrimEdges(Run(items))).Where(c => !c.IsEmpty);
        var emphasis = inside.Select(c => (Inline)new Emphasis(c, SourceSpan.None));
        var strong = inside.Select(c => (Inline)new StrongEmphasis(c, SourceSpan.None));
        var runs = Gen.Frequency((3, leaf), (2, emphasis), (1, strong)).Array[1, 6].Select(items => Number(Run(items)));

        runs.Sample(
            run =>
            {
                var back = ReadBack(run);
                Assert.True(Dump(run) == Dump(back), "written: " + MarkdownRenderer.Inline(run) + "\nexpected: " + Dump(run) + "\nread back: " + Dump(back));
            },
            iter: 3000,
            seed: "0N0XIzNsQ0O7",
            threads: 1);
    }

    [Theory]
    // A/RES/76/256 labels its first paragraph with the letter l; letters and numerals of every kind, and text that
    // merely opens like a label, all read back as written.
    [InlineData("l")]
    [InlineData("i")]
    [InlineData("v")]
    [InlineData("x")]
    [InlineData("I")]
    [InlineData("O")]
    [InlineData("iv")]
    [InlineData("XII")]
    [InlineData("4.10")]
    public void A_labelled_paragraph_opening_the_operative_part_reads_back(string label)
    {
        var opening = new TextParagraph(label, Run(new Emphasis(Run(new TextRun("Decides", SourceSpan.None)), SourceSpan.None), new TextRun(" to designate 12 May as the International Day of Plant Health;", SourceSpan.None)), EquatableArray<Subparagraph>.Empty, SourceSpan.None);

        var (written, back) = ReadBackBlocks(new BodyBlock[] { opening, Operative(2, "Invites all Member States to observe the Day;") });

        Assert.True(Outline(back) == "T(" + label + ")E[T\"Decides\"]T\" to designate 12 May as the International Day of Plant Health;\"|O2", written + "\n" + Outline(back));
    }

    [Theory]
    [InlineData("l. is the letter of the first paragraph in 76/256,")]
    [InlineData("I. Introduction, as a heading prints it,")]
    [InlineData("4.10. is a decimal label,")]
    [InlineData("iv. is a roman numeral,")]
    public void A_preambular_paragraph_that_merely_opens_like_a_label_stays_preambular(string text)
    {
        var paragraph = new PreambularParagraph(Run(new TextRun(text, SourceSpan.None)), EquatableArray<Subparagraph>.Empty, SourceSpan.None);

        var (written, back) = ReadBackBlocks(new BodyBlock[] { paragraph, Operative(1, "Decides to act;") });

        Assert.Contains("\\. ", written, StringComparison.Ordinal);
        Assert.Equal("P\"" + text + "\"|O1", Outline(back));
    }

    [Fact]
    public void Any_labelled_paragraph_reads_back_as_written()
    {
        // Labels that look like numerals or letters, and paragraphs whose words open like one, among numbered paragraphs.
        var label = Gen.OneOf(Gen.Char["livxcdmIVXLCDMaAoOzZ"].Select(c => c.ToString()), Gen.OneOf(Gen.Const("ii"), Gen.Const("iv"), Gen.Const("XIV"), Gen.Const("mix"), Gen.Const("1.1"), Gen.Const("12.3.4")));
        var words = Gen.OneOf(Gen.Const("*Decides* to act;"), Gen.Const("Raise awareness;"), Gen.Const("A. and B. agree;"), Gen.Const("v. the rest"));
        var labelled = from l in label from w in words select (BodyBlock)new TextParagraph(l, Parse(w), EquatableArray<Subparagraph>.Empty, SourceSpan.None);
        var lookalike = from l in label from w in words select (BodyBlock)new TextParagraph(null, Parse(l + ". " + w), EquatableArray<Subparagraph>.Empty, SourceSpan.None);
        var numbered = Gen.Int[1, 9].Select(n => (BodyBlock)Operative(n, "Requests a report;"));
        var blocks = from first in labelled
                     from rest in Gen.Frequency((2, labelled), (2, lookalike), (3, numbered)).Array[0, 4]
                     select new[] { first }.Concat(rest).ToArray();

        blocks.Sample(
            sample =>
            {
                var (written, back) = ReadBackBlocks(sample);
                Assert.True(Outline(sample) == Outline(back), written + "\nexpected: " + Outline(sample) + "\nread back: " + Outline(back));
            },
            iter: 500,
            seed: "0N0XIzNsQ0O7",
            threads: 1);
    }

    private static OperativeParagraph Operative(int number, string text) =>
        new(number, NumberStyle.Arabic, Parse(text), EquatableArray<Subparagraph>.Empty, SourceSpan.None);

    /// <summary>"*Decides* to act;" as inline text: the italic lead, then the words.</summary>
    private static InlineText Parse(string text) =>
        text.StartsWith("*", StringComparison.Ordinal)
            ? Run(new Emphasis(Run(new TextRun(text.Substring(1, text.IndexOf('*', 1) - 1), SourceSpan.None)), SourceSpan.None), new TextRun(text.Substring(text.IndexOf('*', 1) + 1), SourceSpan.None))
            : Run(new TextRun(text, SourceSpan.None));

    /// <summary>The blocks as the operative part of a real template (after its preamble), written and read back.</summary>
    private static (string Written, List<BodyBlock> Back) ReadBackBlocks(BodyBlock[] operative)
    {
        var preamble = operative.TakeWhile(b => b is PreambularParagraph).ToArray();
        var part = Host.Parts[0] with
        {
            Preamble = EquatableArray.From(Host.Parts[0].Preamble.Take(1).Concat(preamble)),
            OperativePart = EquatableArray.From(operative.Skip(preamble.Length)),
        };
        var document = Host with { Parts = EquatableArray.From(new[] { part }), Annexes = EquatableArray<Annex>.Empty, Footnotes = EquatableArray<Footnote>.Empty };
        var markdown = MarkdownRenderer.Render(document);
        var read = TemplateReader.Read("round-trip.res.md", markdown);
        Assert.True(!read.Diagnostics.Any(d => d.Severity == Diagnostics.DraftingSeverity.Error), markdown + "\n" + string.Join("\n", read.Diagnostics.Select(d => d.Id + " " + d.Message)));
        var back = read.Document.Parts[0];
        return (markdown, back.Preamble.Skip(1).Concat(back.OperativePart).ToList());
    }

    /// <summary>The blocks' kinds, labels and text: P"…" preambular, O2 numbered, T(l)… a labelled text paragraph.</summary>
    private static string Outline(IEnumerable<BodyBlock> blocks) => string.Join("|", blocks.Select(block => block switch
    {
        PreambularParagraph p => "P\"" + p.Text.PlainText + "\"",
        OperativeParagraph o => "O" + o.Number,
        TextParagraph t => "T(" + t.Label + ")" + Dump(t.Text),
        _ => block.GetType().Name,
    }));

    /// <summary>The run as the middle of a preambular paragraph of a real template, read back by the template reader.</summary>
    private static InlineText ReadBack(InlineText run)
    {
        var labels = Labels(run).ToList();
        var text = Run(new Emphasis(Run(new TextRun("Recalling", SourceSpan.None)), SourceSpan.None), new TextRun(" ", SourceSpan.None), run, new TextRun(" end,", SourceSpan.None));
        var part = Host.Parts[0];
        var paragraph = new PreambularParagraph(text, EquatableArray<Subparagraph>.Empty, SourceSpan.None);
        var document = Host with
        {
            Parts = EquatableArray.From(new[] { part with { Preamble = EquatableArray.From(new BodyBlock[] { paragraph }) } }),
            Annexes = EquatableArray<Annex>.Empty,
            Footnotes = EquatableArray.From(labels.Select(label => new Footnote(label, InlineText.Plain("Note " + label + "."), SourceSpan.None))),
        };
        var markdown = MarkdownRenderer.Render(document);
        var read = TemplateReader.Read("round-trip.res.md", markdown);
        Assert.True(!read.Diagnostics.Any(d => d.Severity == Diagnostics.DraftingSeverity.Error), markdown + "\n" + string.Join("\n", read.Diagnostics.Select(d => d.Id + " " + d.Message)));
        var back = ((PreambularParagraph)read.Document.Parts[0].Preamble[0]).Text;

        // Take off the "*Recalling* " and " end," put around the run.
        var inlines = back.Inlines.Skip(1).ToList();
        var first = (TextRun)inlines[0];
        inlines[0] = first with { Text = first.Text.Substring(1) };
        var last = (TextRun)inlines[inlines.Count - 1];
        inlines[inlines.Count - 1] = last with { Text = last.Text.Substring(0, last.Text.Length - 5) };
        return Run(inlines.Where(i => i is not TextRun { Text.Length: 0 }).ToArray());
    }

    private static string Template(string paragraph, IEnumerable<string> labels)
    {
        var markdown = MarkdownRenderer.Render(Host);
        var preamble = MarkdownRenderer.Inline(((PreambularParagraph)Host.Parts[0].Preamble[0]).Text);
        return markdown.Replace(preamble, paragraph) + string.Concat(labels.Select(l => "\n[^" + l + "]: Note.\n"));
    }

    private static InlineText TrimEdges(InlineText text)
    {
        var inlines = text.Inlines.ToList();
        if (inlines.Count > 0 && inlines[0] is TextRun first)
        {
            inlines[0] = first with { Text = first.Text.TrimStart() };
        }

        if (inlines.Count > 0 && inlines[inlines.Count - 1] is TextRun last)
        {
            inlines[inlines.Count - 1] = last with { Text = last.Text.TrimEnd() };
        }

        return new InlineText(EquatableArray.From(inlines.Where(i => i is not TextRun { Text.Length: 0 })));
    }

    /// <summary>Footnote labels numbered in order, as a real text numbers them.</summary>
    private static InlineText Number(InlineText run)
    {
        var next = 0;
        InlineText Renumber(InlineText text) => new(EquatableArray.From(text.Inlines.Select(inline => inline switch
        {
            FootnoteReference reference => reference with { Label = "n" + (++next).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Emphasis emphasis => emphasis with { Content = Renumber(emphasis.Content) },
            StrongEmphasis strong => strong with { Content = Renumber(strong.Content) },
            _ => inline,
        })));
        return Renumber(run);
    }

    private static IEnumerable<string> Labels(InlineText text) => text.Inlines.SelectMany(inline => inline switch
    {
        FootnoteReference reference => new[] { reference.Label },
        Emphasis emphasis => Labels(emphasis.Content),
        StrongEmphasis strong => Labels(strong.Content),
        _ => Array.Empty<string>(),
    });

    /// <summary>Inline text from pieces, adjacent text joined as the model holds it.</summary>
    private static InlineText Run(params object[] pieces)
    {
        var inlines = new List<Inline>();
        foreach (var piece in pieces)
        {
            foreach (var inline in piece is InlineText text ? text.Inlines.ToArray() : piece is Inline[] many ? many : new[] { (Inline)piece })
            {
                if (inline is TextRun run && inlines.Count > 0 && inlines[inlines.Count - 1] is TextRun previous)
                {
                    inlines[inlines.Count - 1] = previous with { Text = previous.Text + run.Text };
                }
                else
                {
                    inlines.Add(inline);
                }
            }
        }

        return new InlineText(EquatableArray.From(inlines));
    }

    /// <summary>The structure of inline text, spans aside: T"…", E[…], S[…], L(target)[…], F.</summary>
    private static string Dump(InlineText text)
    {
        var builder = new StringBuilder();
        foreach (var inline in text.Inlines)
        {
            builder.Append(inline switch
            {
                TextRun run => "T\"" + run.Text + "\"",
                Emphasis emphasis => "E[" + Dump(emphasis.Content) + "]",
                StrongEmphasis strong => "S[" + Dump(strong.Content) + "]",
                DocumentLink link => "L(" + link.Target + ")[" + Dump(link.Content) + "]",
                FootnoteReference => "F",
                _ => "?",
            });
        }

        return builder.ToString();
    }
}
