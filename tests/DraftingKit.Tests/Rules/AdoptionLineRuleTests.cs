using DraftingKit.Diagnostics;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>DK1011: the adoption line in the organ's form: the meeting, the symbol's year, none on a draft (issue 16).</summary>
public sealed class AdoptionLineRuleTests
{
    private const string Body = "---\n\n*The Security Council*,\n\n*Recognizing* that the maintenance of international peace and security is its primary responsibility,\n\n*Decides* to remain seized of the matter.\n";

    private static string Council(string fields) =>
        "---\nkind: resolution\norgan: Security Council\n" + fields + Body;

    private static string Assembly(string meeting) =>
        "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nsymbol: A/RES/74/177\nnumber: 74/177\nsession: 74\nadopted: 2019-12-18\nmeeting: " + meeting
        + "\ntitle: Strengthening the United Nations crime prevention and criminal justice programme\n---\n\n*The General Assembly*,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n*Requests* the Secretary-General to report.\n";

    private static List<DraftingDiagnostic> Findings(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.AdoptionLine).ToList();

    [Theory]
    [InlineData("8956nd meeting", "8956nd", "has the wrong ordinal suffix; write '8956th'", "8956th")]
    [InlineData("8956 meeting", "8956", "without its ordinal suffix; write '8956th'", "8956th")]
    [InlineData("9451th meeting", "9451th", "write '9451st'", "9451st")]
    [InlineData("8702th meeting", "8702th", "write '8702nd'", "8702nd")]
    public void A_wrong_or_missing_ordinal_suffix_is_reported_on_the_number_with_its_fix(string meeting, string number, string reason, string right)
    {
        var text = Council("status: adopted\nsymbol: S/RES/2618 (2022)\nnumber: 2618 (2022)\nadopted: 2022-01-27\nmeeting: " + meeting + "\n");
        var finding = Assert.Single(Findings(text));
        Assert.Equal(number, text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
        var edit = Assert.Single(finding.Fix!);
        Assert.Equal(right, edit.NewText);
    }

    [Fact]
    public void A_council_meeting_is_not_a_plenary_meeting()
    {
        var finding = Assert.Single(Findings(Council("status: adopted\nsymbol: S/RES/2618 (2022)\nnumber: 2618 (2022)\nadopted: 2022-01-27\nmeeting: 8956th plenary meeting\n")));
        Assert.Contains("The Security Council adopts its texts at a meeting: write '8956th meeting'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_meeting_is_a_plenary_meeting() =>
        Assert.Contains("write '50th plenary meeting'", Assert.Single(Findings(Assembly("50th meeting"))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("50th plenary meeting")]
    [InlineData("73rd (resumed) plenary meeting")]
    [InlineData("9th resumed plenary meeting")]
    [InlineData("\"52nd plenary meeting\"")]
    public void The_assemblys_meetings_as_its_texts_name_them_pass(string meeting) =>
        Assert.Empty(Findings(Assembly(meeting)));

    [Fact]
    public void A_meeting_given_by_its_number_alone_is_named_as_the_organ_names_it() =>
        Assert.Contains("write '8956th meeting', not '8956th'", Assert.Single(Findings(Council("status: adopted\nsymbol: S/RES/2618 (2022)\nnumber: 2618 (2022)\nadopted: 2022-01-27\nmeeting: 8956th\n"))).Message, StringComparison.Ordinal);

    [Fact]
    public void An_organ_whose_meetings_are_not_known_is_checked_for_the_number_and_the_word_meeting()
    {
        var text = "---\nkind: resolution\nstatus: adopted\norgan: Economic and Social Council\nnumber: 2017/15\nadopted: 2017-07-06\nmeeting: {0}\ntitle: Test\n---\n\n*The Economic and Social Council*,\n\n*Decides* to act.\n";
        Assert.Empty(Findings(text.Replace("{0}", "36th plenary meeting", StringComparison.Ordinal)));
        Assert.Empty(Findings(text.Replace("{0}", "36th meeting", StringComparison.Ordinal)));
        Assert.Contains("write '36th'", Assert.Single(Findings(text.Replace("{0}", "36nd meeting", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_not_named_by_its_number_is_reported() =>
        Assert.Contains("is not named by its number", Assert.Single(Findings(Assembly("plenary meeting"))).Message, StringComparison.Ordinal);

    [Theory]
    // S/RES/2618 (2022) as the UN's file gives it, and a text adopted by written procedure (S/RES/2515 (2020)), without a meeting.
    [InlineData("status: adopted\nsymbol: S/RES/2618 (2022)\nnumber: 2618 (2022)\nadopted: 2022-01-27\nmeeting: 8956th meeting\n")]
    [InlineData("status: adopted\nsymbol: S/RES/2515 (2020)\nnumber: 2515 (2020)\nadopted: 2020-03-30\n")]
    [InlineData("status: draft\nsymbol: S/2024/123\nsponsors: Albania, Ecuador, France, Japan and Malta\nissued: 2024-02-12\n")]
    public void The_councils_own_forms_pass(string fields) =>
        Assert.Empty(Findings(Council(fields)));

    [Fact]
    public void A_symbol_whose_year_is_not_the_year_of_adoption_is_reported_when_no_number_gives_the_year()
    {
        var text = Council("status: adopted\nsymbol: S/RES/2618 (2021)\nadopted: 2022-01-27\nmeeting: 8956th meeting\n");
        var finding = Assert.Single(Findings(text));
        Assert.Equal("S/RES/2618 (2021)", text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Contains("gives the year 2021, but the text was adopted on 27 January 2022", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_with_a_year_leaves_the_date_to_DK7023()
    {
        var findings = DraftingLinter.Lint("t.res.md", Council("status: adopted\nsymbol: S/RES/2618 (2021)\nnumber: 2618 (2021)\nadopted: 2022-01-27\nmeeting: 8956th meeting\n"));
        Assert.DoesNotContain(findings, f => f.Id == RuleIds.AdoptionLine);
        Assert.Contains(findings, f => f.Id == RuleIds.SessionConsistency);
    }

    [Fact]
    public void A_draft_has_no_date_of_adoption_and_no_meeting()
    {
        var text = Council("status: draft\nsymbol: S/2024/123\nissued: 2024-02-12\nadopted: 2024-02-14\nmeeting: 9551st meeting\n");
        var findings = Findings(text);
        Assert.Equal(new[] { "2024-02-14", "9551st meeting" }, findings.Select(f => text.Substring(f.Span.Start, f.Span.Length)));
        Assert.All(findings, f => Assert.Contains("A draft has no adoption line", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_councils_and_assemblys_meeting_in_the_corpus_templates_passes()
    {
        // Real text: every adopted text of the corpus templates, the Council's 2020-2024 and the Assembly's 75-77.
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "corpus", "akn4un-sc-templates"), "*.res.md")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "corpus", "akn4un-templates"), "*.res.md").Where(f => !f.EndsWith(".fra.res.md", StringComparison.Ordinal)))
            .ToList();
        Assert.True(files.Count > 1200, files.Count + " templates");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var header = text.Substring(0, text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5);
            Assert.Empty(Findings(header + "\n*The General Assembly*,\n\n*Decides* to act.\n").Select(f => file + ": " + f.Message));
        }
    }
}
