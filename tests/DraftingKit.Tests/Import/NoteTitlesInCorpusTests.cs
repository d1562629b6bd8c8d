using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: the titles <see cref="TitleEmphasis"/> sets in italics in a plain text's notes, measured on every note
/// of both corpora with its italics taken away: each title it finds runs exactly where the UN's italics run, and it
/// finds the UN's italic titles.
/// </summary>
public sealed class NoteTitlesInCorpusTests(ITestOutputHelper output)
{
    [Theory]
    // Assembly, 995 texts: 2,454 titles found, 2,414 of them exactly the UN's, of 2,532 (98.4 % precision, 95.3 %
    // recall). What differs: the UN's own variants (a comma or "and corrigendum" inside the italics, "Ibid., 2008,
    // *Supplement No. 7*"), other publishers' books with no words of their own ("INTERPOL, *Strategic Report: …*
    // (2016)", "*World Population Prospects 2019*."), court cases ("*Davis v. Guam*").
    [InlineData("akn4un-templates", 0.98, 0.95)]

    // Council, 261 texts: they carry no notes, and no title is found.
    [InlineData("akn4un-sc-templates", 1.0, 1.0)]
    public void The_titles_found_in_plain_notes_are_the_UN_s_italics(string corpus, double precisionFloor, double recallFloor)
    {
        int found = 0, right = 0, printed = 0;
        var wrong = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", corpus), "*.res.md").Order(StringComparer.Ordinal))
        {
            foreach (var note in TemplateReader.ReadFile(file).Document.Footnotes)
            {
                var plain = Plain(note.Text);
                var italics = ItalicRanges.Of(note.Text);
                var titles = ItalicRanges.Of(TitleEmphasis.RestoreNote(plain));
                printed += italics.Count;
                found += titles.Count;
                right += titles.Intersect(italics).Count();
                if (!titles.SetEquals(italics))
                {
                    wrong.Add($"{Path.GetFileName(file)} [{note.Label}] {string.Join(" | ", italics.Select(i => plain.PlainText.Substring(i.Start, i.Length)))} ≠ {string.Join(" | ", titles.Select(i => plain.PlainText.Substring(i.Start, i.Length)))}");
                }
            }
        }

        var precision = found == 0 ? 1 : (double)right / found;
        var recall = printed == 0 ? 1 : (double)right / printed;
        output.WriteLine($"{corpus}: {found} titles found, {right} of them the UN's italics; {printed} italics ({precision:P1} precision, {recall:P1} recall)");
        wrong.ForEach(output.WriteLine);
        Assert.True(precision >= precisionFloor && recall >= recallFloor, $"{corpus}: precision {precision:P1}, recall {recall:P1}");
    }

    [Fact]
    public void A_note_with_italics_of_its_own_keeps_them()
    {
        var text = Text("See ", new Emphasis(Text("Report"), Span), " of the United Nations Conference on Environment and Development (United Nations publication, Sales No. E.93.I.8).");
        Assert.Same(text, TitleEmphasis.RestoreNote(text));
    }

    [Fact]
    public void A_title_is_set_in_italics_around_a_link_in_its_note()
    {
        var text = Text("Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 7 (", new DocumentLink(Text("A/75/7"), "A/75/7", Span), ").");
        var restored = TitleEmphasis.RestoreNote(text);
        var title = Assert.IsType<Emphasis>(restored.Inlines[0]);
        Assert.Equal("Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 7", title.Content.PlainText);
        Assert.IsType<DocumentLink>(restored.Inlines[2]);
        Assert.Equal(text.PlainText, restored.PlainText);
    }

    private static readonly SourceSpan Span = new("note", 0, 0, 1, 1, 1, 1);

    private static InlineText Text(params object[] parts) =>
        new(EquatableArray.From(parts.Select(part => part as Inline ?? new TextRun((string)part, Span)).ToArray()));

    /// <summary>The note as a plain text gives it: its words, without emphasis or links.</summary>
    private static InlineText Plain(InlineText text) => new(EquatableArray.From(new Inline[] { new TextRun(text.PlainText, Span) }));
}
