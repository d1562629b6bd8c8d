using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>Messages found wrong when the tool was tried as a drafter would (issue 17).</summary>
public sealed class IssueSeventeenMessageTests
{
    [Fact]
    public void A_missing_meeting_or_date_is_asked_for_without_a_value_the_tool_cannot_know()
    {
        var text = "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nsession: 75\nnumber: 75/1\ntitle: Test\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n*Requests* a report.\n";
        var missing = DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == "DK0004").Select(f => f.Message).ToList();

        Assert.Contains(missing, m => m.Contains("(meeting: Nth plenary meeting)", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("(adopted: YYYY-MM-DD)", StringComparison.Ordinal));
        Assert.DoesNotContain(missing, m => m.Contains("50th", StringComparison.Ordinal) || m.Contains("2019", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agenda_of_the_text_s_own_session_is_reported_in_plain_words_naming_the_next_session()
    {
        var text = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 75\ntitle: Test\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Decides* to include in the provisional agenda of its seventy-fifth session the item;\n\n2. *Requests* a report.\n";
        var finding = Assert.Single(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.SessionOrdinal);

        Assert.Equal("The item is placed on the provisional agenda of the seventy-fifth session, but the text is of the seventy-fifth session; an item goes on the agenda of a later session, usually the seventy-sixth", finding.Message);
    }

    [Fact]
    public void An_agenda_session_left_as_dots_is_a_placeholder_not_a_garbled_session_finding()
    {
        var text = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 75\ntitle: Test\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Decides* to include in the provisional agenda of its … session the item;\n\n2. *Requests* a report.\n";
        var findings = DraftingLinter.Lint("t.res.md", text);

        Assert.Single(findings, f => f.Id == RuleIds.Placeholder);
        Assert.DoesNotContain(findings, f => f.Id == RuleIds.SessionOrdinal);
    }
}
