using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK7024: the title after "entitled" is quoted, or in italics for a publication (issue 17).</summary>
public sealed class EntitledTitleRuleTests
{
    private static string Template(string preamble) =>
        "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 79\ntitle: Test\n---\n\nThe General Assembly,\n\n" + preamble + "\n\n*Requests* the Secretary-General to report.\n";

    private static string[] Flagged(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.EntitledTitle).Select(f => text.Substring(f.Span.Start, f.Span.Length)).ToArray();

    [Theory]
    [InlineData("*Recalling* its resolution 70/1 of 25 September 2015, entitled Transforming our world: the 2030 Agenda for Sustainable Development,", "Transforming")]
    [InlineData("*Taking note* of the report of the Secretary-General entitled Progress towards the Sustainable Development Goals,", "Progress")]
    [InlineData("*Recalling* the outcome document entitled 2030 Agenda,", "2030")]
    public void Title_without_its_quotation_marks_is_reported(string preamble, string flagged) =>
        Assert.Equal(new[] { flagged }, Flagged(Template(preamble)));

    [Theory]
    [InlineData("*Recalling* its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,")]
    [InlineData("*Taking note* of the report entitled *The Sustainable Development Goals Report 2022*,")]
    [InlineData("*Reaffirming* that everyone is entitled to all the rights and freedoms set forth in the Universal Declaration,")]
    [InlineData("*Noting* the needs of the entitled class, where possible,")]
    [InlineData("*Noting* the study *Women Entitled Equally to Work*,")]
    public void Quoted_titles_and_other_senses_are_not_reported(string preamble) =>
        Assert.Empty(Flagged(Template(preamble)));
}
