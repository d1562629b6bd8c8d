using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a long note that a page cut goes on at the top of the next page's notes without a number, as LibreOffice
/// lays it out; the rest joins its note where it reads as that note's rest, and text under a rule line that does not
/// stays where it stands.
/// </summary>
public sealed class NoteAcrossPageTests
{
    private const string Rule = "__________________";

    /// <summary>The footnote texts of <paramref name="text"/> (pages as the importer reads them), by number.</summary>
    private static Dictionary<string, string> Notes(string text) =>
        NoteAcrossPage.Join(TextSplitter.Split("notes.txt", text)).Where(block => block.Kind == SourceBlockKind.FootnoteText).ToDictionary(block => block.FootnoteNumber!, block => block.Text);

    private static List<string> Paragraphs(string text) =>
        NoteAcrossPage.Join(TextSplitter.Split("notes.txt", text)).Where(block => block.Kind == SourceBlockKind.Paragraph).Select(block => block.Text).ToList();

    private static string Pages(params string[] lines) => string.Join("\n", lines) + "\n";

    [Fact]
    public void A_note_the_page_cut_takes_its_rest_from_the_top_of_the_next_pages_notes()
    {
        var text = Pages(
            "Recalling the Final Document of the 2010 Review Conference,1", "", Rule,
            "1 See NPT/CONF.2010/50 (Vol. I), part I, Conclusions and recommendations for", "", "---", "",
            "Welcoming the adoption of the Treaty,2", "", Rule,
            "follow-on actions.",
            "2 A/CONF.229/2017/8.");

        var notes = Notes(text);

        Assert.Equal("See NPT/CONF.2010/50 (Vol. I), part I, Conclusions and recommendations for follow-on actions.", notes["1"]);
        Assert.Equal("A/CONF.229/2017/8.", notes["2"]);
        Assert.DoesNotContain(Paragraphs(text), paragraph => paragraph.Contains("follow-on", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rest_that_opens_in_lower_case_joins_a_note_that_ended_on_an_abbreviation()
    {
        var text = Pages(
            "Recalling its resolution 46/182,1", "", Rule,
            "1 Reaffirming its resolution 46/182 and the guiding principles contained in the annex thereto, among others.", "", "---", "",
            "Noting the coordination efforts,", "", Rule,
            "conclusions of the Council, reaffirming also the principles of humanity.");

        Assert.Equal("Reaffirming its resolution 46/182 and the guiding principles contained in the annex thereto, among others. conclusions of the Council, reaffirming also the principles of humanity.", Notes(text)["1"]);
    }

    [Fact]
    public void A_rest_that_ended_its_sentence_joins_where_the_next_note_follows_on()
    {
        // Note 1 ended with a full stop on its page, but the text under the rule stands before note 2: only a note's rest stands there.
        var text = Pages(
            "Noting the work of the Committee,1", "", Rule,
            "1 The Committee on Mine Action is an informal forum.", "", "---", "",
            "Recalling the Convention,2", "", Rule,
            "Its members meet twice a year.",
            "2 United Nations, Treaty Series, vol. 2515, No. 44910.");

        var notes = Notes(text);

        Assert.Equal("The Committee on Mine Action is an informal forum. Its members meet twice a year.", notes["1"]);
        Assert.Equal("United Nations, Treaty Series, vol. 2515, No. 44910.", notes["2"]);
    }

    [Fact]
    public void A_new_paragraph_under_a_rule_after_a_note_that_ended_is_not_swallowed()
    {
        var text = Pages(
            "Recalling its resolution 70/1,1", "", Rule,
            "1 See resolution 70/1.", "", "---", "",
            Rule,
            "Decides to remain seized of the matter.");

        Assert.Equal("See resolution 70/1.", Notes(text)["1"]);
        Assert.Contains("Decides to remain seized of the matter.", Paragraphs(text));
    }

    [Fact]
    public void A_page_whose_notes_open_with_a_number_leaves_the_notes_before_as_they_are()
    {
        var text = Pages(
            "Recalling its resolution 70/1,1", "", Rule,
            "1 See resolution 70/1, annex, for the outcome of", "", "---", "",
            "Welcoming the report,2", "", Rule,
            "2 A/75/100.");

        var notes = Notes(text);

        Assert.Equal("See resolution 70/1, annex, for the outcome of", notes["1"]);
        Assert.Equal("A/75/100.", notes["2"]);
    }

    [Fact]
    public void In_the_layout_the_rest_over_the_pages_first_number_goes_under_the_rule()
    {
        // A/RES/75/65's second page: the rest of note 3 set in at the notes' column under the space over the rule.
        var page = string.Join("\n",
            "                    Reaffirming that transparency, verifiability and irreversibility are cardinal principles",
            "              applying to nuclear disarmament and nuclear non-proliferation, and reaffirming also the",
            "                    Recalling the decisions and the resolution adopted at the 1995 Review and Extension",
            "              Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,4 the",
            "              basis upon which the Treaty was indefinitely extended, and the Final Documents of the 2000",
            "              and the 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of",
            "              Nuclear Weapons, and in particular the unequivocal undertaking by the nuclear-weapon",
            "              States to accomplish the total elimination of their nuclear arsenals, leading to nuclear",
            "              disarmament, in accordance with commitments made under article VI of the Treaty,",
            "",
            "                  follow-on actions.",
            "              4",
            "                  See resolution 70/1.",
            "") + "\f";

        var lines = LaidOutText.Paragraphs(page).Split('\n').Select(line => line.Trim()).ToList();
        var rule = lines.IndexOf(Rule);

        Assert.True(rule >= 0);
        Assert.Equal("follow-on actions.", lines[rule + 1]);
        Assert.Equal("4 See resolution 70/1.", lines[rule + 2]);
    }

    [Fact]
    public void In_the_layout_a_paragraph_set_in_over_the_notes_with_no_space_between_stays_text()
    {
        var page = string.Join("\n",
            "                    Reaffirming that transparency, verifiability and irreversibility are cardinal principles",
            "              applying to nuclear disarmament and nuclear non-proliferation, and reaffirming also the",
            "              commitment of all States parties to the Treaty to applying these principles,",
            "                    Recalling the decisions and the resolution adopted at the 1995 Review and Extension",
            "              Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, the",
            "              basis upon which the Treaty was indefinitely extended, and the Final Documents of the 2000",
            "              and the 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of",
            "              Nuclear Weapons, and in particular the unequivocal undertaking by the nuclear-weapon",
            "              States to accomplish the total elimination of their nuclear arsenals,",
            "                  Recalling its resolution 74/46 of 12 December 2019,4",
            "              4",
            "                  See resolution 74/46.",
            "") + "\f";

        var lines = LaidOutText.Paragraphs(page).Split('\n').Select(line => line.Trim()).ToList();

        Assert.True(lines.IndexOf(Rule) > lines.IndexOf("Recalling its resolution 74/46 of 12 December 2019,4"));
        Assert.Equal("4 See resolution 74/46.", lines[lines.IndexOf(Rule) + 1]);
    }

    [Fact]
    public void In_the_reading_order_a_note_the_page_cut_goes_on_above_the_next_pages_notes()
    {
        // A/RES/75/65's first two pages read in reading order: the numbers apart from the texts, note 3 cut by the page.
        var first = "to achieve a world without nuclear weapons,3\n1\n2\n3\n\nA/53/138, annex.\nUnited Nations, Treaty Series, vol. 729, No. 10485.\nSee NPT/CONF.2010/50 (Vol. I), part I, Conclusions and recommendations for\n";
        var second = "Welcoming also the adoption of the Treaty,4 and reaffirming also the\n\n4\n5\n\n2/7\n\nfollow-on actions.\nSee resolution 70/1.\nA/CONF.229/2017/8.\n";
        var next = 1;
        var cut = false;

        var one = FlowingNotes.Gather(first.Split('\n'), ref next, ref cut, FlowingTextLayerImportTests.OpensByLead);
        Assert.True(cut);
        var two = FlowingNotes.Gather(second.Split('\n'), ref next, ref cut, FlowingTextLayerImportTests.OpensByLead);

        Assert.Equal("3 See NPT/CONF.2010/50 (Vol. I), part I, Conclusions and recommendations for", one.SkipWhile(line => line != Rule).Where(line => line.Length > 0).Last());
        Assert.Equal(new[] { Rule, "follow-on actions.", "4 See resolution 70/1.", "5 A/CONF.229/2017/8." }, two.SkipWhile(line => line != Rule).Where(line => line.Length > 0).ToArray());
        Assert.False(cut);
    }

    [Fact]
    public void In_the_reading_order_a_page_after_notes_that_ended_keeps_its_first_lines_as_text()
    {
        var page = "Welcoming also the adoption of the Treaty,4\n\n4\n\n2/7\n\nSee resolution 70/1.\n";
        var next = 4;
        var cut = false;

        var gathered = FlowingNotes.Gather(page.Split('\n'), ref next, ref cut, FlowingTextLayerImportTests.OpensByLead);

        Assert.Equal(new[] { Rule, "4 See resolution 70/1." }, gathered.SkipWhile(line => line != Rule).Where(line => line.Length > 0).ToArray());
    }
}
