using System.Text;
using DraftingKit.Rules;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// The inputs the hostile-input properties found to break the engine, each named for what it holds, so that the
/// fix stays whatever the generators draw next.
/// </summary>
[Collection(HostileSettings.Collection)]
public sealed class HostileInputRegressionTests
{
    [Fact]
    public void Control_character_in_the_text_renders_in_every_format() =>
        HostileRun.Template(HostileInputs.Template("*Recalling* its resolution\u000f 74/177 of 18 December 2019,\n\n1. *Requests* the Secretary-General\u0001 to report.\n"));

    [Fact]
    public void Control_character_in_a_lead_renders_as_AKN() =>
        HostileRun.Template(HostileInputs.Template("*Recalling\u0017* its resolution 74/177,\n\n1. *Requests\u000f* the Secretary-General to report.\n"));

    [Fact]
    public void Control_character_in_the_front_matter_renders_in_every_format() =>
        HostileRun.Template("---\nkind: resolution\ntitle: \"A\u000fB\"\nsymbol: A/RES/1\u000f/1\n---\n\n*The General Assembly,*\n\n1. *Decides* to continue.\n");

    [Fact]
    public void Thousand_nested_block_quotes_are_a_DK0009_error_not_an_exception()
    {
        var text = HostileInputs.Template(new string('>', 20_000) + " text\n");
        var findings = DraftingLinter.Lint("quotes.res.md", text);
        Assert.Contains(findings, finding => finding.Id == "DK0009" && finding.Severity == Diagnostics.DraftingSeverity.Error);
        HostileRun.Template(text);
    }

    [Fact]
    public void Thousand_nested_block_quotes_in_a_report_are_a_DK0009_error_not_a_rule_failure()
    {
        var text = "---\nkind: committee\n---\n\n" + new string('>', 20_000) + " text\n";
        var findings = ReportLinter.Lint("quotes.report.md", text);
        Assert.Contains(findings, finding => finding.Id == "DK0009" && finding.Severity == Diagnostics.DraftingSeverity.Error);
        Assert.DoesNotContain(findings, finding => finding.Id == "DK0901");
    }

    [Fact]
    public void Fifty_thousand_open_brackets_are_a_DK0009_error_not_an_exception() =>
        Assert.Contains(TemplateReader.Read("brackets.res.md", HostileInputs.Template("*Recalling* " + new string('[', 50_000) + ",\n")).Diagnostics, finding => finding.Id == "DK0009");

    [Fact]
    public void Subparagraph_label_sliced_from_a_run_that_crosses_a_line_keeps_line_and_column_of_its_offset()
    {
        // Found by the longer hostile run (seed 70LTLkD2rBC1): an invalid byte on the line after subparagraph (d)
        // joined it to the paragraph, and the run without its label "(d) " kept the label's column.
        var text = HostileInputs.Template("1. *Requests* the Office:\n\n   (c) To report;\n\n   (d) Receiving reports on the implementation;\n\uFFFD\n");
        HostileRun.Template(text);
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\uFFFD", "#")).ToList();
        bytes[bytes.LastIndexOf((byte)'#')] = 0xFF;
        HostileRun.Template(bytes.ToArray());
    }

    [Fact]
    public void Eight_thousand_session_ordinals_in_one_paragraph_stay_within_the_budget() =>
        HostileRun.Template(HostileInputs.Template("*Recalling* " + string.Concat(Enumerable.Repeat("the seventy-third session ", 8_000)) + ",\n\n1. *Requests* the Secretary-General to report.\n"));

    [Fact]
    public void Footnote_markers_after_thousands_of_numbered_markers_keep_spans_inside_the_file()
    {
        var text = new StringBuilder("*Recalling* its resolutions");
        for (var i = 1; i <= 1_100; i++)
        {
            text.Append(" x[^").Append(i).Append(']');
        }

        text.Append(",\n\n1. *Requests* the Secretary-General to report.\n\n");
        for (var i = 1; i <= 1_100; i++)
        {
            text.Append("[^").Append(i).Append("]: Resolution ").Append(i).Append("/1, annex.\n\n");
        }

        HostileRun.Template(HostileInputs.Template(text.ToString()));
    }

    [Fact]
    public void A_flood_of_footnote_openers_without_a_closing_bracket_reads_in_linear_time()
    {
        var text = HostileInputs.Template("*Recalling* " + string.Concat(Enumerable.Repeat("[^", 100_000)) + ",\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = DraftingLinter.Lint("openers.res.md", text);
        Assert.True(watch.Elapsed < HostileSettings.Budget, "took " + watch.Elapsed);
        Assert.DoesNotContain(findings, finding => finding.Id == "DK0901");
    }
}
