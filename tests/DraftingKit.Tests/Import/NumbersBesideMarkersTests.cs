using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: raised numbers a PDF's text layer sets beside the text's own numbers, found by importing corpus texts no
/// rule was tuned on: a marker after a name's number joined by a hyphen ("COVID-19 14 and") or after a year that names
/// an event ("the 1995 2 Review … Conference"), one before a title's opening quotation mark (", 12 “UNESCO …”"), one the
/// reading order sets apart at a paragraph's end over the next paragraph's number, and a share, which is never a marker
/// ("making100 per cent").
/// </summary>
public sealed class NumbersBesideMarkersTests
{
    [Fact]
    public void A_marker_set_apart_after_a_names_hyphened_number_or_an_events_year_is_found_where_its_note_must_stand()
    {
        // A/RES/76/54 (note 2 between notes 1 and 3) and A/RES/77/177 (note 14 after "COVID-19").
        var document = NoteLayer.ImportOne(
            "Cooperation",
            "Recalling the Treaty,1 and the Final Documents of the 1995 2 Review and Extension Conference and of the 20003 Review Conference,\n\n"
            + "1. Takes note of the statement of the Group of Least Developed Countries on COVID-19 4 and commits to supporting it;\n\n2. Welcomes the report;5",
            "Treaty Series, vol. 729.", "NPT/CONF.1995/32 (Part I).", "NPT/CONF.2000/28.", "A/74/843.", "A/76/1.");

        var marked = NoteLayer.Marked(document);
        Assert.Equal("Recalling the Treaty,[1] and the Final Documents of the 1995[2] Review and Extension Conference and of the 2000[3] Review Conference,", marked[0]);
        Assert.Equal("Takes note of the statement of the Group of Least Developed Countries on COVID-19[4] and commits to supporting it;", marked[1]);
    }

    [Fact]
    public void A_marker_after_a_dates_year_that_both_readings_find_is_found_once()
    {
        // A/RES/75/308: "2016 6 adopted" is a raised number after a year and after a year that names, one place.
        var document = NoteLayer.ImportOne(
            "Cooperation",
            "Recalling further resolutions 57.10 of 22 May 2004 1 and 69.7 of 28 May 2016 2 adopted by the World Health Assembly,\n\n"
            + "Recalling the first Global Ministerial Conference on Road Safety in 2009,3\n\n1. Welcomes the report;",
            "WHA57/2004/REC/1.", "WHA69/2016/REC/1.", "A/64/540, annex.");

        Assert.Equal("Recalling further resolutions 57.10 of 22 May 2004[1] and 69.7 of 28 May 2016[2] adopted by the World Health Assembly,", NoteLayer.Marked(document)[0]);
    }

    [Fact]
    public void A_number_after_a_named_number_where_no_note_must_stand_stays_the_texts()
    {
        var document = NoteLayer.ImportOne(
            "Cooperation",
            "Recalling the Treaty,1 and the 1995 2 Review and Extension Conference,2\n\n1. Takes note of the statement on COVID-19 3 and the report;3",
            "Treaty Series, vol. 729.", "NPT/CONF.1995/32.", "A/76/1.");

        var marked = NoteLayer.Marked(document);
        Assert.Equal("Recalling the Treaty,[1] and the 1995 2 Review and Extension Conference,[2]", marked[0]);
        Assert.Equal("Takes note of the statement on COVID-19 3 and the report;[3]", marked[1]);
    }

    [Fact]
    public void A_marker_set_apart_before_a_titles_opening_quotation_mark_is_the_next_notes()
    {
        // A/RES/76/214: titles of publications in quotation marks, each with its note.
        var document = NoteLayer.ImportOne(
            "Cooperation",
            "Noting the reports “World Heritage in the Face of COVID-19”,1 “Living Heritage in the Face of COVID-19”, 2 “UNESCO Creative Cities’ Response to COVID-19”3 and others,\n\n1. Welcomes the reports;",
            "See whc.unesco.org.", "See ich.unesco.org.", "See en.unesco.org.");

        Assert.Equal("Noting the reports “World Heritage in the Face of COVID-19”,[1] “Living Heritage in the Face of COVID-19”,[2] “UNESCO Creative Cities’ Response to COVID-19”[3] and others,", NoteLayer.Marked(document)[0]);
    }

    [Theory]
    [InlineData("making100 per cent of communities")]
    [InlineData("making 100 per cent of communities")]
    [InlineData("making 100 percent of communities")]
    [InlineData("making 100% of communities")]
    public void A_share_is_never_a_marker(string share)
    {
        // A/RES/76/72 cites note 100 twice; its "100 per cent" is no third citation.
        var notes = Enumerable.Range(1, 100).Select(n => "A/76/" + n + ".").ToArray();
        var body = string.Concat(Enumerable.Range(1, 99).Select(n => "Recalling document " + n + "-A,x" + n + "\n\n")) + "Recalling the Declaration,100\n\n1. Decides to work with the aim of " + share + " at risk;";
        var document = NoteLayer.ImportOne("Cooperation", body.Replace(",x", ",", StringComparison.Ordinal), notes);

        Assert.DoesNotContain("[100] per", NoteLayer.Marked(document).Last(), StringComparison.Ordinal);
        Assert.DoesNotContain("[100]%", NoteLayer.Marked(document).Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_set_apart_at_a_paragraphs_end_in_the_reading_order_leaves_the_next_paragraphs_number_its_own()
    {
        // A/RES/75/133: "… the documentation of the Commission; 13" at a page's foot, "25." / "Requests …" on the next.
        var text = "A/RES/75/133\nGeneral Assembly\nDistr.: General\n15 December 2020\nSeventy-fifth session\nAgenda item 79\n\nResolution adopted by the General Assembly on 7 December 2020\n\n75/133.\n\nReport of the Commission\nThe General Assembly,\n"
            + "Recalling its resolution 2205 (XXI) of 17 December 1966,\nNoting the report,\n24.\n\nReiterates its request to the Secretary-General, in conformity with resolutions of the\nGeneral Assembly on documentation-related matters, 1 which emphasize that any invitation to limit\n"
            + "the length of documents should not affect the substance of the documents, to bear in mind\nthe characteristics of the Commission when implementing page limits with respect to the documentation of the Commission; 2\n\n"
            + "Resolutions 52/214, sect. B, 57/283 B, sect. III, and 58/250, sect. III.\n1\n\n1/2\n\n\fA/RES/75/133\n\n25.\n\nRequests the Secretary-General to continue to publish the Yearbook;\n\n26.\n\nRecalls paragraph 48 of its resolution 66/246.\n\n"
            + "42nd plenary meeting\n7 December 2020\n\n2\nSee resolution 59/39, para. 9.\n\n2/2\n";

        var document = Assert.Single(UnDocumentImporter.ImportText("flow.txt", text).Texts).Document;

        var marked = NoteLayer.Marked(document);
        Assert.Contains(marked, p => p.EndsWith("documentation of the Commission;[2]", StringComparison.Ordinal));
        Assert.Contains(marked, p => p.StartsWith("Requests the Secretary-General", StringComparison.Ordinal));
    }
}
