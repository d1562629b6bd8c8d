using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>Fixes are text edits; applying them gives the UN form and leaves nothing for the same rule to say.</summary>
public sealed class RuleFixTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 74\ntitle: Crime prevention\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n";

    [Theory]
    [InlineData("1. *Requests* the Secretary-General to report;\n\n2. *Request* the Office to assist.\n", "2. *Requests* the Office to assist.")]
    [InlineData("1. *Requests* the Secretary-General to report;\n\n2. *Urging* Member States to act.\n", "2. *Urges* Member States to act.")]
    [InlineData("1. *Requests* the Secretary-General to report;\n\n2. Encourages Member States to act.\n", "2. *Encourages* Member States to act.")]
    [InlineData("1. *Requests* the Secretary-General to report;\n\n2. *Requests also* the Office to assist.\n", "2. *Also requests* the Office to assist.")]
    [InlineData("1. *Requests* the Secretary-General to report;\n\n2. *Also requests* the Office to assist;\n\n3. *Also requests* the Commission to act.\n", "3. *Further requests* the Commission to act.")]
    [InlineData("1. *Requests* the Secretary-General to report;\n\n3. *Urges* Member States to act;\n\n4. *Invites* States to act.\n", "2. *Urges* Member States to act;\n\n3. *Invites* States to act.")]
    [InlineData("1. *Requests* the Secretary-General to report on 19th December 2019;\n\n2. *Urges* States to act.\n", "report on 19 December 2019;")]
    [InlineData("1. *Requests* the Secretary-General to report by December 19, 2019;\n\n2. *Urges* States to act.\n", "report by 19 December 2019;")]
    [InlineData("1. *Requests* the Secretary-General to report on this resolution;\n\n2. *Urges* States to act.\n", "report on the present resolution;")]
    [InlineData("1. *Requests* the Secretary-General to report at its seventy Fifth session;\n\n2. *Urges* States to act.\n", "its seventy-fifth session;")]
    [InlineData("1. *Requests* the Secretary-General to report at its 75th session;\n\n2. *Urges* States to act.\n", "its seventy-fifth session;")]
    [InlineData("1. *Requests* the Secretary-General to report on the \"Doha Declaration\";\n\n2. *Urges* States to act.\n", "the “Doha Declaration”;")]
    [InlineData("1. *Requests* the Secretary-General to report.\n\n2. *Urges* States to act;\n", "report;\n\n2. *Urges* States to act.")]
    [InlineData("1. *Urges* States:\n\n   (a) To act.\n\n   (c) To report.\n", "   (a) To act;\n\n   (b) To report.")]
    public void Fix_rewrites_the_text_the_UN_way(string body, string expectedFragment)
    {
        var fixedText = FixAll(FrontMatter + body);
        Assert.Contains(expectedFragment, fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnote_renumbering_fix_renames_references_and_definitions()
    {
        var text = FrontMatter + "*Recalling also* the Convention,[^2] and the Protocol,[^1]\n\n*Requests* the Secretary-General to report.\n\n[^1]: Ibid., vol. 976.\n[^2]: United Nations, *Treaty Series*, vol. 2225.\n";
        var fixedText = FixAll(text);
        Assert.Contains("the Convention,[^1] and the Protocol,[^2]", fixedText, StringComparison.Ordinal);
        Assert.Contains("[^2]: Ibid., vol. 976.", fixedText, StringComparison.Ordinal);
        Assert.Contains("[^1]: United Nations, *Treaty Series*, vol. 2225.", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Marker_placement_fix_moves_the_comma_before_the_marker()
    {
        var text = FrontMatter + "*Recalling also* the Convention[^1], and the Protocol,\n\n*Requests* the Secretary-General to report.\n\n[^1]: Ibid., vol. 976.\n";
        Assert.Contains("the Convention,[^1] and", FixAll(text), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleFixtureTests.Fixtures), MemberType = typeof(RuleFixtureTests))]
    public void After_fixing_no_fixable_finding_is_left(string fixture)
    {
        var (text, _) = RuleFixtureTests.Read(Path.Combine(RuleFixtureTests.FixtureFolder, fixture));
        var fixedText = FixAll(text);
        Assert.Empty(DraftingLinter.Lint(fixture, fixedText).Where(f => f.HasFix).Select(f => f.ToString()));
    }

    private static string FixAll(string text)
    {
        for (var pass = 0; pass < 5; pass++)
        {
            var next = DraftingLinter.ApplyFixes(text, DraftingLinter.Lint("t.res.md", text), out var applied);
            if (applied == 0)
            {
                break;
            }

            text = next;
        }

        return text;
    }
}
