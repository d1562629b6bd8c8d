using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// How much evidence gives a word the reading order joined its hyphen back: the join's word may start past the line
/// above, as far as the page's widest lines; a common word the text itself hyphenates over and over is its compound
/// anywhere in a line a join made longer than the page's; a noun by its ending before a second element is a compound's
/// first word. Lines of the real PDFs of the
/// corpus and of the seed drafts, "|" where the page's line ended.
/// </summary>
public sealed class JoinEvidenceTests
{
    [Fact]
    public void A_join_past_the_line_above_within_the_pages_widest_lines_gets_its_hyphen_back()
    {
        // A/RES/77/173: the page's line ended at "global inter-", fourteen characters past the line above (79).
        const string line = "opportunities and mitigate the challenges of rapid urbanization through existing global interagency processes, regional collaboration platforms";

        Assert.Contains("global inter-agency processes", new LostHyphens(line).AtJoin(line, 79, 91), StringComparison.Ordinal);
        Assert.Equal(line, new LostHyphens(line).AtJoin(line, 79, 0));
    }

    [Fact]
    public void A_word_the_UN_writes_whole_past_the_line_above_stays_whole()
    {
        const string line = "opportunities and mitigate the challenges of rapid urbanization through existing global intercultural processes, regional collaboration platforms";

        Assert.Equal(line, new LostHyphens(line).AtJoin(line, 79, 91));
    }

    [Theory]
    [InlineData("further elaboration and development of national, subregional and regional counterterrorism strategies;", "regional counter-terrorism strategies;")] // 002 draft resolution III
    [InlineData("the Global Counterterrorism Forum and its partners", "the Global Counterterrorism Forum")] // a name keeps its spelling
    public void A_common_word_the_text_hyphenates_over_and_over_gets_its_hyphen_inside_a_line(string line, string kept)
    {
        var text = line + "\nconventions and protocols related to counter-terrorism\nin the counter-terrorism efforts\nin the area of counter-terrorism\nthe Counter-Terrorism Implementation Task Force";

        Assert.Contains(kept, new LostHyphens(text, CompoundVocabulary.None).AtLineEnd(line, pastWidth: true), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_the_text_hyphenates_stays_as_printed_inside_a_line_no_join_made_longer()
    {
        // An agenda item's title in a table of session 76 writes "confidencebuilding" whole, though its text hyphenates it elsewhere.
        const string line = "Regional confidencebuilding measures: activities of the Standing Advisory Committee";
        var text = line + "\nconfidence-building measures\nconfidence-building measures\nconfidence-building measures\nconfidence-building measures";

        Assert.Equal(line, new LostHyphens(text, CompoundVocabulary.None).AtLineEnd(line));
    }

    [Fact]
    public void A_word_the_text_hyphenates_a_few_times_only_stays_as_printed_inside_a_line()
    {
        const string line = "further elaboration and development of national, subregional and regional counterterrorism strategies;";
        var text = line + "\nconventions and protocols related to counter-terrorism\nin the counter-terrorism efforts\nin the area of counterterrorism";

        Assert.Equal(line, new LostHyphens(text, CompoundVocabulary.None).AtLineEnd(line, pastWidth: true));
    }

    [Theory]
    [InlineData("illicit trafficking in endangered species of wild fauna and flora, as well as identity|related crime, and invites the Office to explore", "as well as identity-related crime")] // 002 A/C.3/68/L.18
    [InlineData("the root causes of the conflict and the development|related challenges faced by the country, and invites the Office", "the development-related challenges")]
    public void A_noun_by_its_ending_before_a_second_element_is_a_compounds_first_word(string read, string restored)
    {
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        Assert.Contains(restored, new LostHyphens(line).AtJoin(line, end), StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_before_a_second_element_is_no_noun()
    {
        const string read = "recognizing the complex and inter|related challenges faced by small island developing States in the region";
        var end = read.IndexOf('|');
        var line = read.Remove(end, 1);

        Assert.Equal(line, new LostHyphens(line).AtJoin(line, end));
    }
}
