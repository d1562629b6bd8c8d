using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The rest of a note that a page cut, where pdftotext's reading order sets it on the next page: right over that page's
/// notes as they stand, or at the foot of a page with no notes of its own. It goes after the rule line, unnumbered, and
/// joins the note it ends (<see cref="NoteAcrossPage"/>).
/// </summary>
public sealed class NoteRestInReadingOrderTests
{
    /// <summary>A/RES/75/66's second page, shortened: note 3's rest over notes 4 to 6, note 4's number closing the page.</summary>
    private const string NotesUnderRest = """
        Recalling the Model Nuclear Weapons Convention submitted to the Secretary-General
        by Costa Rica and Malaysia in 2007 and circulated by the Secretary-General,6

        to twelfth preambular paragraphs”, para. 15.
        See 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,
        Final Document, vol. I (NPT/CONF.2010/50 (Vol. I)), part I.
        5
        United Nations, Treaty Series, vol. 402, No. 5778.
        6
        A/62/650, annex.
        4

        2/3

        """;

    /// <summary>A/RES/75/158's ninth page, shortened: no note of its own, note 32's rest at its foot.</summary>
    private const string RestAlone = """
        Encourages Governments and relevant United Nations bodies, from within existing
        resources, to take appropriate measures to raise public awareness of the issue of human
        trafficking, to publicize the laws, regulations and penalties relating
        to this issue and to emphasize that human trafficking is a serious crime;

        in human beings, adopted in December 2005, the activities of the Council of Europe and the Organization
        for Security and Cooperation in Europe, and the activities of the International
        Labour Organization and the International Organization for Migration in this field.

        9/12

        """;

    [Fact]
    public void The_rest_of_a_cut_note_over_the_pages_notes_opens_them()
    {
        var (gathered, cut) = Gather(NotesUnderRest, firstNote: 4, cut: true);

        Assert.Equal(
            new[]
            {
                "to twelfth preambular paragraphs”, para. 15.",
                "4 See 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, vol. I (NPT/CONF.2010/50 (Vol. I)), part I.",
                "5 United Nations, Treaty Series, vol. 402, No. 5778.",
                "6 A/62/650, annex.",
            },
            Notes(gathered));
        Assert.False(cut);
        Assert.DoesNotContain(Text(gathered), line => line.Contains("twelfth", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_cut_note_the_lines_over_the_notes_stay_the_texts()
    {
        var (gathered, _) = Gather(NotesUnderRest, firstNote: 4, cut: false);

        Assert.Contains("to twelfth preambular paragraphs”, para. 15.", Text(gathered));
        Assert.Equal(3, Notes(gathered).Length);
    }

    [Fact]
    public void An_items_text_under_its_label_is_no_notes_rest()
    {
        // The lines over the notes are the text of the label "(d)" that a blank line parts from them.
        var page = NotesUnderRest.Replace("\n\nto twelfth preambular paragraphs”, para. 15.", "\n(d)\n\nThe dissemination of legal publications and lectures of the Audiovisual Library.", StringComparison.Ordinal);

        var (gathered, _) = Gather(page, firstNote: 4, cut: true);

        Assert.Contains("The dissemination of legal publications and lectures of the Audiovisual Library.", Text(gathered));
        Assert.Equal(3, Notes(gathered).Length);
    }

    [Fact]
    public void A_page_with_no_notes_of_its_own_closes_with_the_rest_of_the_cut_note()
    {
        var (gathered, cut) = Gather(RestAlone, firstNote: 33, cut: true);

        Assert.Equal(
            new[] { "in human beings, adopted in December 2005, the activities of the Council of Europe and the Organization for Security and Cooperation in Europe, and the activities of the International Labour Organization and the International Organization for Migration in this field." },
            Notes(gathered));
        Assert.False(cut);
        Assert.Equal("to this issue and to emphasize that human trafficking is a serious crime;", Text(gathered).Last(line => line.Length > 0 && line != "9/12"));
    }

    [Fact]
    public void A_paragraph_at_the_foot_of_a_page_with_no_notes_stays_the_texts()
    {
        // The last lines open a paragraph by its lead: the page's text, though the page before cut its last note.
        var page = RestAlone.Replace("in human beings, adopted in December 2005, the activities of the Council of Europe and the Organization", "Requests the Secretary-General to submit to the General Assembly at its seventy-seventh session", StringComparison.Ordinal);

        var (gathered, cut) = Gather(page, firstNote: 33, cut: true);

        Assert.Empty(Notes(gathered));
        Assert.True(cut);
    }

    [Fact]
    public void Without_a_cut_note_a_page_with_no_notes_is_as_read()
    {
        var (gathered, _) = Gather(RestAlone, firstNote: 33, cut: false);

        Assert.Equal(RestAlone.Split('\n'), gathered);
    }

    private static (List<string> Gathered, bool Cut) Gather(string page, int firstNote, bool cut)
    {
        var next = firstNote;
        var gathered = FlowingNotes.Gather(page.Split('\n'), ref next, ref cut, FlowingTextLayerImportTests.OpensByLead);
        return (gathered, cut);
    }

    private static string[] Notes(List<string> gathered) => gathered.SkipWhile(line => line != GatheredPage.Rule).Skip(1).Where(line => line.Length > 0).ToArray();

    private static List<string> Text(List<string> gathered) => gathered.TakeWhile(line => line != GatheredPage.Rule).ToList();
}
