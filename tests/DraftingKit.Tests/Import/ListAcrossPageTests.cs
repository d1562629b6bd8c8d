using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A list whose sentence a page cut before its first item, where no colon introduces it ("… (S/2020/448), shall" /
/// page / "(a) prioritize …;" / "(b) further advise …", S/RES/2522 (2020)): the next page opens the list, and its first
/// item is not run on into the sentence.
/// </summary>
public sealed class ListAcrossPageTests
{
    private const string Above = "   Minister of Foreign Affairs of Iraq to the Secretary-General (S/2020/448), shall";

    private static string[] RunOn(params string[] below) =>
        FlowingPageBreak.RunOn(string.Join("\n", new[] { "2. Decides further that the Special Representative of the Secretary-General and UNAMI, at the", Above, string.Empty, "---", string.Empty }.Concat(below)), (_, _) => false).Split('\n');

    [Fact]
    public void A_list_after_a_verb_with_no_colon_opens_on_the_next_page()
    {
        var lines = RunOn(
            "(a)  prioritize the provision of advice, support, and assistance to the Government and people",
            "     of Iraq on advancing inclusive, political dialogue and national and community-level",
            "     reconciliation;",
            string.Empty,
            "(b)  further advise, support, and assist:");

        Assert.Equal(Above, lines[1]);
        Assert.Contains("(a)  prioritize the provision of advice, support, and assistance to the Government and people", lines);
    }

    [Fact]
    public void A_label_whose_words_run_on_with_a_comma_goes_on_the_sentence()
    {
        var lines = RunOn("(a)  to take note of the draft articles on the expulsion of aliens,", string.Empty, "(b)  to consider a convention.");

        Assert.StartsWith(Above + " (a)", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(a) prioritize the provision of advice;", "(a) prioritize the provision of advice;", "(b) further advise, support, and assist:", true)]
    [InlineData("(i) the Government of Iraq with efforts", "elections and referenda; and", "(ii) the Government of Iraq and the Council", true)]
    [InlineData("(e) deadline of the Sendai Framework;", "(e) deadline of the Sendai Framework;", "(f) the next", false)]
    [InlineData("(a) prioritize the provision of advice,", "(a) prioritize the provision of advice,", "(b) further advise", false)]
    [InlineData("(a) prioritize the provision of advice;", "(a) prioritize the provision of advice;", "Requests the Secretary-General", false)]
    [InlineData("(a) prioritize the provision of advice;", "(a) prioritize the provision of advice;", "(c) further advise", false)]
    [InlineData("(a) prioritize the provision of advice;", "(a) prioritize the provision of advice;", null, false)]
    public void The_first_item_is_told_by_its_end_and_the_next_label(string first, string last, string? next, bool opens) =>
        Assert.Equal(opens, ListAcrossPage.Opens(first, last, next));
}
