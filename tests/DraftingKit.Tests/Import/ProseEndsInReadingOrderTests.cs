using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Where prose that no lead or number opens parts in a PDF's reading order: a treaty's closing formula after its last
/// article (A/RES/77/100, 75/257 B), a paragraph's short last line under an article (A/RES/75/257 B), a numbered
/// paragraph's next sentence at the top of the next page (A/RES/76/258), and a schedule's date, which is no note's
/// marker (A/RES/75/326).
/// </summary>
public sealed class ProseEndsInReadingOrderTests
{
    [Fact]
    public void Done_at_or_in_and_in_witness_whereof_open_a_treatys_closing_formula()
    {
        Assert.True(Testimonium.Opens("DONE in a single original, of which the Arabic, Chinese, English, French, Russian and"));
        Assert.True(Testimonium.Opens("Done at [place] on [day, month] 2021 in two originals in both the Khmer and English"));
        Assert.True(Testimonium.Opens("IN WITNESS WHEREOF the undersigned, being duly authorized thereto, have signed this Convention."));
        Assert.False(Testimonium.Opens("done at the national level, in accordance with national legislation,"));
        Assert.False(Testimonium.Opens("Done deals are not mentioned in this Convention."));
        Assert.False(Testimonium.Opens("DONE"));
    }

    [Fact]
    public void A_treatys_closing_formula_under_a_full_line_stands_apart()
    {
        var paragraphs = Read(
            "1. A State Party may denounce this Convention by a formal notification in writing addressed to the",
            "depositary. The denunciation shall take effect 365 days after the date of the receipt of the",
            "notification by the depositary, unless a longer period is specified in the notification, and the whole",
            "Convention shall continue to apply to a sale for which a certificate was issued before it takes effect.",
            "DONE in a single original, of which the Arabic, Chinese, English, French, Russian and",
            "Spanish texts are equally authentic.");

        Assert.Contains("DONE in a single original, of which the Arabic, Chinese, English, French, Russian and Spanish texts are equally authentic.", paragraphs);
        Assert.Contains(paragraphs, p => p.EndsWith("before it takes effect.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentences_full_stop_with_room_to_spare_ends_its_paragraph()
    {
        var paragraphs = Read(
            "Article 3",
            "Archives",
            "The United Nations and the Royal Government of Cambodia agree that it is vital to ensure",
            "that the archives of the Extraordinary Chambers are preserved in accordance with",
            "international standards and that they are as broadly accessible as possible. Upon the",
            "completion of the residual functions under Article 2 of this Addendum, the United Nations",
            "and the Royal Government of Cambodia shall each receive any additional public documents.",
            "Article 4",
            "Approval",
            "To be binding on the parties, the present Addendum must be approved by the General",
            "Assembly of the United Nations and ratified by the Kingdom of Cambodia.",
            "The Royal Government of Cambodia will make its best endeavors to obtain this ratification",
            "by the earliest possible date.");

        Assert.Contains("To be binding on the parties, the present Addendum must be approved by the General Assembly of the United Nations and ratified by the Kingdom of Cambodia.", paragraphs);
        Assert.Contains("The Royal Government of Cambodia will make its best endeavors to obtain this ratification by the earliest possible date.", paragraphs);
    }

    [Fact]
    public void A_full_line_an_abbreviation_or_a_number_leave_no_paragraphs_end()
    {
        const int width = 90;

        // A full line that ends a sentence: the next sentence goes on (the paragraph's next line had no room there).
        Assert.False(ParagraphLastLine.Ends("international standards and that they are as broadly accessible as possible.", "Upon the completion of the residual functions", width));
        Assert.True(ParagraphLastLine.Ends("Assembly of the United Nations and ratified by the Kingdom of Cambodia.", "The Royal Government of Cambodia will make", width));

        // An abbreviation a number follows, a numbered line and a next line in lower case are no paragraph's end.
        Assert.False(ParagraphLastLine.Ends("Official Records of the General Assembly, vol.", "I, chap. IV.", width));
        Assert.False(ParagraphLastLine.Ends("12. Welcomes the report.", "The Assembly will revert to the matter.", width));
        Assert.False(ParagraphLastLine.Ends("ratified by the Kingdom of Cambodia.", "and the date of receipt", width));

        // Too few lines to know the page's width: nothing is told.
        Assert.False(ParagraphLastLine.Ends("ratified by the Kingdom of Cambodia.", "The Royal Government", 0));
    }

    [Fact]
    public void A_numbered_paragraphs_next_sentence_goes_on_at_the_next_pages_top()
    {
        static bool Opens(string above, string below) => below.StartsWith("Recalling", StringComparison.Ordinal) || below.StartsWith("45.", StringComparison.Ordinal);
        const string paragraph = "44. Enrolment and completion rates for tertiary education remain low, which has far-reaching";
        const string above = "implications for the structural transformation agenda of the least developed countries.";

        Assert.True(FlowingPageBreak.NextSentence(paragraph, above, "Most of them depend on aid for their education budgets. At the secondary and tertiary", runsOn: true, Opens));

        // A heading of one line, a paragraph's number, a designation, a paragraph without a number or a note's end part there.
        Assert.False(FlowingPageBreak.NextSentence(paragraph, above, "Achieving universal access to quality education", runsOn: false, Opens));
        Assert.False(FlowingPageBreak.NextSentence(paragraph, above, "45. Notwithstanding progress in increasing enrolment rates", runsOn: true, Opens));
        Assert.False(FlowingPageBreak.NextSentence(paragraph, above, "Article 4", runsOn: true, Opens));
        Assert.False(FlowingPageBreak.NextSentence("Noting the report of the Secretary-General,", above, "Most of them depend on aid for their education budgets.", runsOn: true, Opens));
        Assert.False(FlowingPageBreak.NextSentence(paragraph, "Official Records of the General Assembly, vol.", "I, chap. IV, and the report thereon", runsOn: true, Opens));
    }

    [Fact]
    public void A_day_before_its_months_name_is_a_dates_not_a_notes_marker()
    {
        var document = NoteLayer.ImportOne(
            "Modalities for the international meeting entitled “Stockholm+50”",
            "Recalling its resolution 75/280 of 24 May 2021,1\n\n"
            + "1. Decides that the international meeting shall elect eight Vice-Presidents,2 one of whom shall be designated as Rapporteur-General;\n\n"
            + "2. Decides that, at the final plenary meeting, to be held on Friday, 3 June, the summary of discussions will be presented by the Presidents;\n\n"
            + "3. Decides that the non-governmental organizations as identified in Agenda 21, 3 in consultative status with the Economic and Social Council may participate;",
            "Resolution 75/280.",
            "To be designated by the regional groups.",
            "Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I.");

        var marked = NoteLayer.Marked(document);
        Assert.Equal("Decides that, at the final plenary meeting, to be held on Friday, 3 June, the summary of discussions will be presented by the Presidents;", marked[2]);
        Assert.Equal("Decides that the non-governmental organizations as identified in Agenda 21,[3] in consultative status with the Economic and Social Council may participate;", marked[3]);
    }

    [Fact]
    public void A_marker_glued_after_a_date_stays_a_marker()
    {
        var document = NoteLayer.ImportOne(
            "Modalities for the international meeting entitled “Stockholm+50”",
            "Recalling its resolution 75/280 of 24 May 2021,1\n\n"
            + "1. Decides that the final plenary meeting will be held on Friday, 3 June 2022,2 in Stockholm;",
            "Resolution 75/280.",
            "A/76/L.1.");

        Assert.Equal("Decides that the final plenary meeting will be held on Friday, 3 June 2022,[2] in Stockholm;", NoteLayer.Marked(document)[1]);
    }

    private static List<string> Read(params string[] body) =>
        ReadingOrderParagraphs.Of(string.Join("\n", new[]
        {
            "The General Assembly,",
            "Recalling its resolution 75/257 A of 31 December 2020 on the Khmer Rouge trials, and the Agreement",
            "between the United Nations and the Royal Government of Cambodia concerning the prosecution,",
            "Noting with appreciation the report of the Secretary-General on the subject, and the progress made by",
            "the Extraordinary Chambers in the Courts of Cambodia in completing their judicial proceedings,",
            "1.",
            string.Empty,
            "Approves the addendum to the Agreement, as contained in the annex to the present resolution, and",
            "requests the Secretary-General to take the measures necessary to bring the addendum into force;",
            "2.",
            string.Empty,
            "Decides to remain seized of the matter.",
        }.Concat(body)), LeadVocabulary.Openers);
}
