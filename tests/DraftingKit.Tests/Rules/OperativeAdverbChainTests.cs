using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// DK2004 judges a chain of repeats as its advice leaves it (issue 17): one finding per slip, a fix that leaves
/// nothing for DK2004 or DK2005 to say, and no advice that another rule then reports.
/// </summary>
public sealed class OperativeAdverbChainTests
{
    private static string Template(params string[] leads) =>
        "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 75\ntitle: Test\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n"
        + string.Join("\n\n", leads.Select((lead, i) => (i + 1) + ". *" + lead + "* the Secretary-General to act" + (i == leads.Length - 1 ? "." : ";"))) + "\n";

    [Theory]
    [InlineData("Decides|Further decides|Further decides", 1, "Decides|Also decides|Further decides")]
    [InlineData("Decides|Also decides|Also decides|Also decides", 2, "Decides|Also decides|Further decides|Further decides")]
    [InlineData("Requests|Further decides|Further decides", 2, "Requests|Decides|Also decides")]
    [InlineData("Decides|Requests|Further decides", 1, "Decides|Requests|Also decides")]
    public void The_chain_is_fixed_whole_with_one_finding_per_slip(string written, int slips, string right)
    {
        var text = Template(written.Split('|'));
        var findings = DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.OperativeAdverbLadder).ToList();
        Assert.Equal(slips, findings.Count);

        var fixedText = DraftingLinter.ApplyFixes(text, findings, out _);
        Assert.Equal(Template(right.Split('|')), fixedText);
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", fixedText), f => f.Id is RuleIds.OperativeAdverbLadder or RuleIds.OperativeAlsoWithoutAntecedent);
    }
}
