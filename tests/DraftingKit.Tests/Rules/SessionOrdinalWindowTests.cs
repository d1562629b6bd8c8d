using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// DK7003 looks for ordinals only in the few words before each "session"; it must find the same ordinals as a
/// search of the whole text did: at the start of a paragraph, after two words, before "regular" or "special",
/// and never in "sessional".
/// </summary>
public sealed class SessionOrdinalWindowTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 76\ntitle: Sessions\n---\n\n*The General Assembly,*\n\n";

    private static string[] Findings(string body) =>
        DraftingLinter.Lint("sessions.res.md", FrontMatter + body)
            .Where(finding => finding.Id == "DK7003")
            .Select(finding => finding.Message)
            .ToArray();

    [Fact]
    public void An_ordinal_without_its_hyphen_is_found_after_other_words() =>
        Assert.Single(Findings("*Recalling* the outcome of its seventy third session,\n\n1. *Decides* to continue.\n"));

    [Fact]
    public void An_ordinal_before_regular_session_is_found() =>
        Assert.Contains(Findings("*Recalling* the outcome of the Seventy-Third regular session,\n\n1. *Decides* to continue.\n"), message => message.Contains("'Seventy-Third session'", System.StringComparison.Ordinal));

    [Fact]
    public void An_ordinal_in_figures_is_found_in_the_first_words_of_a_paragraph() =>
        Assert.Contains(Findings("1. *Decides* that 73rd session documents remain available.\n"), message => message.Contains("seventy-third", System.StringComparison.Ordinal));

    [Fact]
    public void Sessional_and_well_written_ordinals_are_not_findings() =>
        Assert.Empty(Findings("*Recalling* its sessional committees and its seventy-third session,\n\n1. *Decides* to continue.\n"));
}
