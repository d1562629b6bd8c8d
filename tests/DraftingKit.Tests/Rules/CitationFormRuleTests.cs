using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK5030: a citation in a form its organ does not use, read by the grammar of each organ's numbering (issue 17).</summary>
public sealed class CitationFormRuleTests
{
    private static string Template(string preamble, string organ = "General Assembly") =>
        "---\nkind: resolution\nstatus: draft\norgan: " + organ + "\nsession: 79\ntitle: Test\n---\n\n" + (organ == "Security Council" ? "The Security Council" : "The General Assembly") + ",\n\n" + preamble + "\n\n*Requests* the Secretary-General to report.\n";

    private static string[] Flagged(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.CitationForm).Select(f => text.Substring(f.Span.Start, f.Span.Length)).ToArray();

    private static string Fixed(string text) =>
        DraftingLinter.ApplyFixes(text, DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.CitationForm), out _);

    [Theory]
    [InlineData("*Recalling* General Assembly resolution 74/177 (2019),", "*Recalling* General Assembly resolution 74/177 of 18 December 2019,")] // an Assembly resolution with the Council's year (S/RES/2686 (2023))
    [InlineData("*Recalling* its resolutions 73/186 of 17 December 2018 and 74/177 (2019),", "*Recalling* its resolutions 73/186 of 17 December 2018 and 74/177 of 18 December 2019,")]
    [InlineData("*Recalling* Security Council resolution 2250/2015,", "*Recalling* Security Council resolution 2250 (2015),")]
    [InlineData("*Recalling* Security Council resolution 2461(2019),", "*Recalling* Security Council resolution 2461 (2019),")]
    [InlineData("*Recalling* Economic and Social Council resolution 12/2019,", "*Recalling* Economic and Social Council resolution 2019/12,")]
    [InlineData("*Recalling* its resolution 75/253A,", "*Recalling* its resolution 75/253 A,")]
    [InlineData("*Recalling* its resolutions 31/6 A-B and 31/7,", "*Recalling* its resolutions 31/6 A and B and 31/7,")]
    [InlineData("*Recalling* its resolutions 31/6 A and B and 31/406 A–E,", "*Recalling* its resolutions 31/6 A and B and 31/406 A to E,")]
    [InlineData("*Recalling* its resolution 31/6 A & B,", "*Recalling* its resolution 31/6 A and B,")]
    [InlineData("*Recalling* its resolution 3367 (XXX) A,", "*Recalling* its resolution 3367 A (XXX),")]
    [InlineData("*Recalling* its resolution 74/177 (18 December 2019),", "*Recalling* its resolution 74/177 of 18 December 2019,")]
    [InlineData("*Recalling* the Declaration contained in its resolution 69/283 annex II,", "*Recalling* the Declaration contained in its resolution 69/283, annex II,")]
    [InlineData("*Recalling* section VII of resolution 64/243 and resolution 67/246 section VII,", "*Recalling* section VII of resolution 64/243 and resolution 67/246, section VII,")]
    public void A_citation_in_another_form_is_reported_and_fixed(string written, string right)
    {
        var text = Template(written);
        Assert.Single(Flagged(text));
        Assert.Equal(Template(right), Fixed(text));
        Assert.Empty(Flagged(Fixed(text)));
    }

    [Theory]
    [InlineData("*Recalling* General Assembly resolution 2019/12,")]
    [InlineData("*Recalling* its resolution 2019/12 of 23 July 2019,")]
    [InlineData("*Recalling* Human Rights Council resolution 2005/69,")]
    [InlineData("*Recalling* Security Council resolution 2019/5,")]
    [InlineData("*Recalling* the resolution of the Commission, resolution 1/2 (2019),")] // another body's: no date to give
    public void A_citation_whose_right_form_only_the_drafter_knows_is_reported_without_a_fix(string written)
    {
        var text = Template(written);
        Assert.Single(Flagged(text));
        Assert.Equal(text, Fixed(text));
    }

    [Theory]
    [InlineData("*Recalling* its resolution 74/177 of 18 December 2019 and Security Council resolution 2250 (2015) of 9 December 2015,")]
    [InlineData("*Recalling* Economic and Social Council resolution 2019/12 of 23 July 2019 and decision 2019/212,")]
    [InlineData("*Recalling* Commission on Human Rights resolution 2005/69 and the request of the Commission on Human Rights, in its resolution 2005/5,")]
    [InlineData("*Recalling* the Economic and Social Council, in its resolution 2020/8 of 18 June 2020,")] // 75/152
    [InlineData("*Recalling* its resolutions 31/6 A and B, 31/406 A to E, 3367 A (XXX), 217 A (III) and 3411 A and B (XXX),")]
    [InlineData("*Recalling* its resolutions S-27/2, ES-10/21 and 69/283, annex II, and decision 75/555,")]
    [InlineData("*Recalling* Human Rights Council resolutions 45/12 of 6 October 2020 and S-29/1,")]
    [InlineData("*Recalling* its resolution 1514 (XV) of 14 December 1960 and its resolution 2625 (XXV),")]
    [InlineData("*Recalling* its resolution 69/283, annex II, resolution 64/243, section VII, and resolution 67/246, paragraph 13,")]
    [InlineData("*Recalling* the annex to its resolution 69/283 and paragraph 13 of resolution 67/246,")]
    public void The_organs_own_forms_are_not_reported(string written) =>
        Assert.Empty(Flagged(Template(written)));

    [Theory]
    [InlineData("*Recalling* its resolutions 2250 (2015), 2419 (2018) and 2535 (2020), and resolution 2231 (2015), annex B,")]
    [InlineData("*Recalling* resolution 2231 (2015) and the annex thereto,")]
    [InlineData("*Recalling* the authorizations set out in resolution 2473 and paragraph 6 of resolution 2360,")] // the Council's later mentions
    public void The_councils_own_forms_are_not_reported(string written) =>
        Assert.Empty(Flagged(Template(written, "Security Council")));
}
