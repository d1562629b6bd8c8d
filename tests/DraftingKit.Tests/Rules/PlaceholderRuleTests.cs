using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK7020: placeholders left in a draft or an adopted text (issue 17).</summary>
public sealed class PlaceholderRuleTests
{
    private static string Template(string status, string body, string annex = "") =>
        "---\nkind: resolution\nstatus: " + status + "\norgan: General Assembly\nsession: 79\ntitle: Crime prevention\n"
        + (status == "adopted" ? "number: 79/1\nadopted: 2024-12-17\nmeeting: 50th plenary meeting\n" : string.Empty)
        + "---\n\nThe General Assembly,\n\n" + body + annex;

    [Theory]
    [InlineData("*Recalling* its resolution __ of 17 December 2018,\n\n1. *Requests* a report.\n", "__")]
    [InlineData("*Recalling* its resolution 73/186 of ___ 2018,\n\n1. *Requests* a report.\n", "___")]
    [InlineData("*Taking note* of the report (A/79/L.XX),\n\n1. *Requests* a report.\n", "XX")]
    [InlineData("*Recalling* its resolution 78/… of 17 December 2023,\n\n1. *Requests* a report.\n", "…")]
    [InlineData("*Recalling* its resolution 78/... of 17 December 2023,\n\n1. *Requests* a report.\n", "...")]
    [InlineData("*Recalling* its resolution 73/186 of XX December 2018,\n\n1. *Requests* a report.\n", "XX December")]
    [InlineData("*Recalling* its resolution 73/186 of 17 December 20XX,\n\n1. *Requests* a report.\n", "December 20XX")]
    [InlineData("*Recalling* its resolution 73/186 of … 2018,\n\n1. *Requests* a report.\n", "of … 2018")]
    [InlineData("*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Decides* to include in the provisional agenda of its … session the item.\n", "its … session")]
    [InlineData("*Recalling* its resolution 73/186 of [date],\n\n1. *Requests* a report.\n", "[date]")]
    [InlineData("*Recalling* its resolution [insert number] of 17 December 2018,\n\n1. *Requests* a report.\n", "[insert number]")]
    [InlineData("*Welcoming* the offer of [name of country] to host the meeting,\n\n1. *Requests* a report.\n", "[name of country]")]
    [InlineData("*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Decides* to hold the meeting on a date TBD.\n", "TBD")]
    [InlineData("*Recalling* its resolution 73/186 of 17 December 2018,[^1]\n\n1. *Requests* a report.\n\n[^1]: A/RES/79/….\n", "…")]
    public void Placeholder_in_a_draft_is_a_warning_on_its_characters(string body, string placeholder)
    {
        var text = Template("draft", body);
        var finding = Assert.Single(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.Placeholder);
        Assert.Equal(DraftingSeverity.Warning, finding.Severity);
        Assert.Equal(placeholder, text.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void Placeholder_in_an_adopted_text_is_an_error()
    {
        var text = Template("adopted", "*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Requests* a report on the item at its … session.\n");
        var finding = Assert.Single(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.Placeholder);
        Assert.Equal(DraftingSeverity.Error, finding.Severity);
        Assert.Contains("adopted text", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbol_with_a_placeholder_is_not_also_malformed()
    {
        var text = Template("draft", "*Recalling* its resolution 73/186 of 17 December 2018,[^1]\n\n1. *Requests* a report (A/79/L.XX).\n\n[^1]: A/RES/79/....\n");
        var findings = DraftingLinter.Lint("t.res.md", text);
        Assert.Equal(2, findings.Count(f => f.Id == RuleIds.Placeholder));
        Assert.DoesNotContain(findings, f => f.Id == RuleIds.DocumentSymbolForm);
    }

    [Theory]
    [InlineData("*Recalling* section XX of its resolution 75/253 of 31 December 2020, and its resolution 2106 A (XX) of 21 December 1965,")]
    [InlineData("*Recalling* chap. XX, sect. A, of the report and decision IOC-XXX/11.1 and Commission resolution XXX-2,")]
    [InlineData("*Recalling* the words of the Charter, “[…] to practise tolerance”, and the Declaration … of 1948,")]
    [InlineData("*Recalling* the Convention on the Rights of the Child,[^1]")]
    public void Roman_numerals_omissions_and_footnotes_are_not_placeholders(string preamble)
    {
        var text = Template("adopted", preamble + "\n\n1. *Requests* a report.\n" + (preamble.Contains("[^1]", StringComparison.Ordinal) ? "\n[^1]: United Nations, *Treaty Series*, vol. 1577, No. 27531.\n" : string.Empty));
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.Placeholder);
    }

    [Fact]
    public void Model_form_in_an_annex_keeps_its_blanks()
    {
        // 75/325 and 77/335 annex the oath of the Secretary-General: "I, [name], solemnly swear …".
        var annex = "\n# Annex\n\nI, \\[name\\], solemnly swear to exercise in all loyalty, discretion and conscience the functions entrusted to me. Done at \\[place\\] on \\[day, month\\] 2021.\n";
        var text = Template("adopted", "*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Adopts* the text annexed to the present resolution.\n", annex);
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.Placeholder);
    }
}
