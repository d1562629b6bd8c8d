using DraftingKit.Declarations;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// The drafting rules on C#-declared resolutions: findings on the exact characters inside regular, verbatim, raw
/// and concatenated literals (escape sequences included), and fixes that edit the literal so that the corrected
/// file compiles and the finding is gone.
/// </summary>
public sealed class DeclaredResolutionLinterTests
{
    private static string Declare(string members) => $$"""
        using DraftingKit.Authoring;

        namespace Drafts;

        [Resolution(Session = 74, Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
        public partial class CrimePrevention
        {
        {{members}}
        }
        """;

    private static (string Source, DraftingDiagnostic[] Findings) Lint(string members)
    {
        var source = Declare(members);
        var declaration = Assert.Single(DeclarationHarness.Read(source));
        return (source, DeclaredResolutionLinter.Lint(declaration).ToArray());
    }

    [Fact]
    public void A_plain_lead_is_reported_on_its_characters_in_a_regular_literal()
    {
        var (source, findings) = Lint("""    [Preambular] const string Recalling = "Recalling its resolution 73/186 of 17 December 2018,";""");

        var finding = Assert.Single(findings, f => f.Id == "DK1102");
        Assert.Equal("Recalling", DeclarationHarness.At(source, finding.Span));
        Assert.Equal(DeclarationHarness.Path, finding.Span.Path);
    }

    [Fact]
    public void Escape_sequences_before_a_finding_do_not_shift_it()
    {
        var (source, findings) = Lint("""    [Operative] const string Requests = "*Requests* the Secretary-General to report on \u201Cthe world drug problem\u201D by 30 February 2020.";""");

        var finding = Assert.Single(findings, f => f.Id == "DK7002");
        Assert.Equal("30 February 2020", DeclarationHarness.At(source, finding.Span));
        Assert.DoesNotContain(findings, f => f.Id is "DK7004" or "DK3002");
    }

    [Fact]
    public void Straight_quotes_written_as_escapes_are_reported_on_the_escape()
    {
        var (source, findings) = Lint("""    [Preambular] const string Welcoming = "*Welcoming* the high-level debate on the theme \"The role of regional organizations\",";""");

        var finding = Assert.Single(findings, f => f.Id == "DK7004");
        Assert.Equal("\\\"", DeclarationHarness.At(source, finding.Span));
    }

    [Fact]
    public void A_finding_on_the_second_line_of_a_verbatim_literal_has_its_line_and_column()
    {
        var (source, findings) = Lint("""
                [Preambular] const string Recalling = @"*Recalling* its resolution 69/194 of 18 December 2014,
                    by which it adopted the ""Model Strategies"" on 30 February 2014,";
            """);

        var finding = Assert.Single(findings, f => f.Id == "DK7002");
        Assert.Equal("30 February 2014", DeclarationHarness.At(source, finding.Span));
        var lines = source.Split('\n');
        Assert.Contains("30 February", lines[finding.Span.Line - 1], System.StringComparison.Ordinal);
        Assert.Equal(lines[finding.Span.Line - 1].IndexOf("30 February", System.StringComparison.Ordinal) + 1, finding.Span.Column);
    }

    [Fact]
    public void A_finding_inside_a_raw_literal_skips_its_indentation()
    {
        var (source, findings) = Lint("""
                [Operative] const string Requests = ""\"
                    *Requests* the Secretary-General
                    to report to it at its seventy fifth session;
                    ""\";
            """.Replace("\"\"\\\"", "\"\"\"", System.StringComparison.Ordinal));

        Assert.DoesNotContain(findings, f => f.Id == "DK0901");
        var finding = Assert.Single(findings, f => f.Id == "DK7003");
        Assert.StartsWith("seventy fifth", DeclarationHarness.At(source, finding.Span), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_concatenated_paragraph_reports_on_the_literal_holding_the_words()
    {
        var (source, findings) = Lint("""
                [Preambular] const string Recalling = "*Recalling* its resolution 69/194 of 18 December 2014, " +
                    "by which it adopted the Model Strategies on 30 February 2014,";
            """);

        var finding = Assert.Single(findings, f => f.Id == "DK7002");
        Assert.Equal("30 February 2014", DeclarationHarness.At(source, finding.Span));
    }

    [Fact]
    public void Fixes_edit_the_literal_and_the_fixed_file_compiles_clean_of_the_finding()
    {
        var (source, findings) = Lint("""
                [Preambular] const string Recalling = "Recalling its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report on \u201Cprogress\u201D;";
                [Operative] const string AlsoRequests = "*Requests also* the Office to continue its work.";
            """);

        Assert.Contains(findings, f => f.Id == "DK1102" && f.HasFix);
        Assert.Contains(findings, f => f.Id == "DK2004" && f.HasFix);
        var fixedSource = DraftingLinter.ApplyFixes(source, findings, out var applied);
        Assert.True(applied >= 2);
        Assert.Contains("\"*Recalling* its resolution", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains("\"*Also requests* the Office", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains("\\u201Cprogress\\u201D", fixedSource, System.StringComparison.Ordinal);
        var again = DeclaredResolutionLinter.Lint(Assert.Single(DeclarationHarness.Read(fixedSource)));
        Assert.DoesNotContain(again, f => f.Id is "DK1102" or "DK2004");
    }

    [Fact]
    public void A_wrong_date_of_a_cited_declaration_is_fixed_from_the_declaration()
    {
        var source = Declare("""
                [Preambular, Cites(typeof(Earlier))] const string Recalling = "*Recalling* its resolution 73/186 of 18 December 2018,";
            """) + """

            [Resolution(Number = "73/186", Adopted = "2018-12-17", Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
            public partial class Earlier { }
            """;
        var declaration = DeclarationHarness.Read(source).First();
        var findings = DeclaredResolutionLinter.Lint(declaration);

        var finding = Assert.Single(findings, f => f.Id == "DK5002");
        Assert.Equal("18 December 2018", DeclarationHarness.At(source, finding.Span));
        var fixedSource = DraftingLinter.ApplyFixes(source, new[] { finding }, out _);
        Assert.Contains("73/186 of 17 December 2018,", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_cited_type_that_declares_no_resolution_is_reported_on_the_type_name()
    {
        var (source, findings) = Lint("""    [Preambular, Cites(typeof(System.String))] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";""");

        var finding = Assert.Single(findings, f => f.Id == "DK0202");
        Assert.Equal("System.String", DeclarationHarness.At(source, finding.Span));
    }

    [Fact]
    public void A_cited_resolution_the_paragraph_never_names_is_reported()
    {
        var source = Declare("""    [Preambular, Cites(typeof(Earlier))] const string Recalling = "*Recalling* its previous resolutions,";""") + """

            [Resolution(Number = "73/186", Adopted = "2018-12-17")]
            public partial class Earlier { }
            """;
        var findings = DeclaredResolutionLinter.Lint(DeclarationHarness.Read(source).First());

        var finding = Assert.Single(findings, f => f.Id == "DK0203");
        Assert.Contains("resolution 73/186", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_is_not_a_constant_is_reported_on_its_name()
    {
        var (source, findings) = Lint("""    [Operative] public static readonly string Requests = "*Requests* the Secretary-General to report;";""");

        var finding = Assert.Single(findings, f => f.Id == "DK0201");
        Assert.Equal("Requests", DeclarationHarness.At(source, finding.Span));
    }

    [Fact]
    public void A_subparagraph_before_any_paragraph_is_reported()
    {
        var (source, findings) = Lint("""
                [Subparagraph] const string Ratification = "To promote universal ratification of the Convention;";
                [Operative] const string Calls = "*Calls upon* Member States:";
            """);

        var finding = Assert.Single(findings, f => f.Id == "DK0204");
        Assert.Equal("Ratification", DeclarationHarness.At(source, finding.Span));
    }

    [Fact]
    public void A_written_operative_number_out_of_order_is_renumbered_in_the_attribute()
    {
        var (source, findings) = Lint("""
                [Operative(1)] const string Takes = "*Takes note* of the report of the Secretary-General;";
                [Operative(3)] const string Requests = "*Requests* the Secretary-General to report.";
            """);

        var finding = Assert.Single(findings, f => f.Id == "DK3001");
        Assert.True(finding.HasFix, finding.ToString());
        var fixedSource = DraftingLinter.ApplyFixes(source, new[] { finding }, out _);
        Assert.Contains("[Operative(2)] const string Requests", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_findings_name_the_attribute_property_and_point_at_its_value()
    {
        var source = """
            using DraftingKit.Authoring;

            namespace Drafts;

            [Resolution(Number = "74/177", Adopted = "2019-12-32", Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
            public partial class CrimePrevention
            {
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """;
        var findings = DeclaredResolutionLinter.Lint(Assert.Single(DeclarationHarness.Read(source)));

        var invalid = Assert.Single(findings, f => f.Id == "DK0003");
        Assert.StartsWith("The property Adopted of [Resolution] has the value '2019-12-32'", invalid.Message, System.StringComparison.Ordinal);
        Assert.Equal("2019-12-32", DeclarationHarness.At(source, invalid.Span));
        var missing = Assert.Single(findings, f => f.Id == "DK0004" && f.Message.Contains("Meeting", System.StringComparison.Ordinal));
        Assert.Equal("The [Resolution] attribute has no Meeting; an adopted text closes with the meeting that adopted it, as its record names it (Meeting = \"Nth plenary meeting\")", missing.Message);
        Assert.Equal("CrimePrevention", DeclarationHarness.At(source, missing.Span));
    }

    [Fact]
    public void A_councils_meeting_with_a_wrong_suffix_is_reported_in_the_attribute_with_its_fix()
    {
        // Issue 16: the adoption line's form (DK1011) in a Council text declared in C#, S/RES/2618 (2022).
        var source = """
            using DraftingKit.Authoring;

            namespace Drafts;

            [Resolution(Organ = "Security Council", Symbol = "S/RES/2618 (2022)", Number = "2618 (2022)", Adopted = "2022-01-27", Meeting = "8956nd meeting")]
            public partial class GoodOffices
            {
                [Preambular] const string Welcoming = "*Welcoming* the report of the Secretary-General of 31 December 2021 on his Good Offices (S/2021/1109),";

                [Operative] const string Decides = "*Decides* to remain seized of the matter.";
            }
            """;
        var findings = DeclaredResolutionLinter.Lint(Assert.Single(DeclarationHarness.Read(source)));

        var finding = Assert.Single(findings, f => f.Id == "DK1011");
        Assert.Equal("8956nd", DeclarationHarness.At(source, finding.Span));
        var fixedSource = DraftingLinter.ApplyFixes(source, new[] { finding }, out _);
        Assert.Contains("Meeting = \"8956th meeting\"", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_draft_with_sponsors_has_no_adoption_line_finding()
    {
        var source = """
            using DraftingKit.Authoring;

            namespace Drafts;

            [Resolution(Organ = "Security Council", Symbol = "S/2024/123", Issued = "2024-02-12", Sponsors = "Albania, Ecuador, France, Japan and Malta")]
            public partial class Youth
            {
                [Operative] const string Decides = "*Decides* to remain seized of the matter.";
            }
            """;
        var declaration = Assert.Single(DeclarationHarness.Read(source));

        Assert.Equal("Albania, Ecuador, France, Japan and Malta", declaration.Field("sponsors")!.Value.Value);
        Assert.DoesNotContain(DeclaredResolutionLinter.Lint(declaration), f => f.Id == "DK1011");
    }

    [Theory]
    [InlineData("\\x22", "\\x22")]
    [InlineData("\\u0022", "\\u0022")]
    [InlineData("\\U00000022", "\\U00000022")]
    public void A_straight_quote_written_as_any_escape_is_reported_on_that_escape(string escape, string expected)
    {
        var (source, findings) = Lint("    [Preambular] const string Welcoming = \"*Welcoming* the \\U0001F30D debate on the theme " + escape + "The role of regional organizations\u201D,\";");

        var finding = Assert.Single(findings, f => f.Id == "DK7004");
        Assert.Equal(expected, DeclarationHarness.At(source, finding.Span));
    }
}
