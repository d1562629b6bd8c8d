using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK1030: bracketed alternatives and "bis" paragraphs, valid only in a negotiation draft (issue 17).</summary>
public sealed class NegotiationMarksRuleTests
{
    private static readonly RuleOptions Negotiation = new(new Dictionary<string, string> { [RuleOptions.NegotiationDraft] = "true" });

    private static string Template(string body, string status = "draft") =>
        "---\nkind: resolution\nstatus: " + status + "\norgan: General Assembly\nsession: 79\ntitle: Crime prevention\n"
        + (status == "adopted" ? "number: 79/1\nadopted: 2024-12-17\nmeeting: 50th plenary meeting\n" : string.Empty)
        + "---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n" + body;

    [Theory]
    [InlineData("1. *Decides* to [establish][consider establishing] a working group;\n\n2. *Requests* a report.\n", "[establish]|[consider establishing]")]
    [InlineData("1. *Decides* to establish a working group [Alt: a committee];\n\n2. *Requests* a report.\n", "[Alt: a committee]")]
    [InlineData("1. *Invites* Member States to contribute [voluntary] funds;\n\n2. *Requests* a report.\n", "[voluntary]")]
    [InlineData("1. *Invites* Member States to contribute funds[, including in kind];\n\n2. *Requests* a report.\n", "[, including in kind]")]
    [InlineData("[*Noting* the report of the Secretary-General,]\n\n1. *Requests* a report.\n", "[Noting the report of the Secretary-General,]")]
    [InlineData("1. *Invites* Member States to contribute;\n\n1 bis. *Requests* a report.\n", "1 bis.")]
    public void Negotiation_mark_in_a_final_draft_is_a_warning(string body, string marks)
    {
        var findings = DraftingLinter.Lint("t.res.md", Template(body)).Where(f => f.Id == RuleIds.NegotiationMarks).ToList();
        Assert.Equal(marks.Split('|'), findings.Select(f => f.Message.Split('\'')[1]));
        Assert.All(findings, f => Assert.Equal(DraftingSeverity.Warning, f.Severity));
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", Template(body), Negotiation), f => f.Id == RuleIds.NegotiationMarks);
    }

    [Fact]
    public void Negotiation_mark_in_an_adopted_text_is_an_error()
    {
        var finding = Assert.Single(DraftingLinter.Lint("t.res.md", Template("1. *Invites* Member States to contribute [voluntary] funds.\n", "adopted")), f => f.Id == RuleIds.NegotiationMarks);
        Assert.Equal(DraftingSeverity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("1. *Takes note* of the Los Pinos Declaration \\[Chapoltepek\\] – Making a Decade of Action for Indigenous Languages;\n\n2. *Requests* a report.\n")]
    [InlineData("1. *Recalls* that the Charter speaks of “[t]he peoples of the United Nations”;\n\n2. *Requests* a report.\n")]
    [InlineData("1. *Recalls* the words “we the peoples […] determined to save succeeding generations”;\n\n2. *Requests* a report.\n")]
    [InlineData("1. *Recalls* its resolution [75/1](A/RES/75/1);\n\n2. *Requests* a report.[^1]\n\n[^1]: A/75/1.\n")]
    public void Brackets_of_the_final_text_are_not_negotiation_marks(string body) =>
        Assert.Empty(DraftingLinter.Lint("t.res.md", Template(body, "adopted")).Where(f => f.Id == RuleIds.NegotiationMarks).Select(f => f.ToString()));

    [Fact]
    public void Fix_renumbers_a_kept_bis_paragraph_and_those_after_it()
    {
        var text = Template("1. *Invites* Member States to contribute;\n\n1 bis. *Encourages* Member States to contribute;\n\n2. *Requests* a report.\n");
        var once = DraftingLinter.ApplyFixes(text, DraftingLinter.Lint("t.res.md", text).Where(f => f.Id == RuleIds.NegotiationMarks), out var applied);
        Assert.Equal(1, applied);
        Assert.Contains("1. *Invites* Member States to contribute;\n\n2. *Encourages* Member States to contribute;\n\n3. *Requests* a report.", once, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", once), f => f.Id is RuleIds.NegotiationMarks or RuleIds.OperativeNumbering or "DK0010");
    }

    [Fact]
    public void Unclosed_reference_brackets_keep_their_text_issue_17()
    {
        var result = DraftingKit.Templates.TemplateReader.Read("t.res.md", Template("1. *Decides* to [establish][consider establishing] a working group.\n"));
        Assert.Contains(DraftingKit.Model.DocumentText.InReadingOrder(result.Document), t => t.PlainText.Contains("to [establish][consider establishing] a working group", StringComparison.Ordinal));
    }

    [Fact]
    public void Added_paragraph_is_read_as_a_numbered_operative_paragraph_issue_17()
    {
        var text = Template("1. *Invites* Member States to contribute;\n\n1 bis. Encourages Member States to contribute;\n\n2. *Requests* a report.\n");
        var paragraph = Assert.Single(DraftingKit.Templates.TemplateReader.Read("t.res.md", text).Document.Parts[0].OperativePart.OfType<DraftingKit.Model.OperativeParagraph>(), p => p.Addition is not null);
        Assert.Equal("1 bis.", paragraph.DisplayNumber);
        Assert.Equal("Encourages Member States to contribute;", paragraph.Text.PlainText);
        var findings = DraftingLinter.Lint("t.res.md", text, Negotiation);
        Assert.Contains(findings, f => f.Id == RuleIds.OperativeLeadItalic && f.Span.Line == 15);
        Assert.DoesNotContain(findings, f => f.Id is "DK0010" or RuleIds.OperativeNumbering or RuleIds.NegotiationMarks);
    }

    [Fact]
    public void Bracketed_alternative_paragraph_is_a_negotiation_mark_not_misplaced_text_issue_17()
    {
        var text = Template("1. *Invites* Member States to contribute;\n\n[1 ter. *Also invites* Member States to contribute;]\n\n2. *Requests* a report.\n");
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", text, Negotiation), f => f.Id is "DK0010" or RuleIds.NegotiationMarks);
        Assert.Contains(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.NegotiationMarks);
    }

    [Theory]
    [InlineData("txt", "1 bis. Encourages Member States to contribute;")]
    [InlineData("md", "1 bis. *Encourages* Member States to contribute;")]
    [InlineData("html", "id=\"para-1-bis\"")]
    [InlineData("akn", "eId=\"para_1_bis\"")]
    public void Added_paragraph_keeps_its_number_when_rendered(string format, string expected)
    {
        var text = Template("1. *Invites* Member States to contribute;\n\n1 bis. *Encourages* Member States to contribute;\n\n2. *Requests* a report.\n");
        var document = DraftingKit.Templates.TemplateReader.Read("t.res.md", text).Document;
        var rendered = format switch
        {
            "txt" => DraftingKit.Rendering.UnTextRenderer.Render(document),
            "md" => DraftingKit.Rendering.MarkdownRenderer.Render(document),
            "html" => DraftingKit.Rendering.HtmlRenderer.Render(document),
            _ => DraftingKit.Rendering.Akn.AknRenderer.Render(document),
        };
        Assert.Contains(expected, rendered, StringComparison.Ordinal);
    }
}
