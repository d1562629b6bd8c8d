using DraftingKit.CodeFixes;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// The code fixes on C#-declared resolutions, before and after: each applies the rule's own fix inside the
/// literal (escaped as the literal needs), and Fix All applies every one of a document at once.
/// </summary>
public sealed class DeclaredResolutionCodeFixTests
{
    private const string Header = """
        using DraftingKit.Authoring;

        namespace Drafts;

        [Resolution(Session = 74, Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
        public partial class CrimePrevention
        {
        """;

    private const string Closing = """
            [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
        }
        """;

    [Fact]
    public Task The_lead_is_put_in_italics_inside_the_literal() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "{|DK1102:Recalling|} its resolution 73/186 of 17 December 2018,";
            """ + "\n" + Closing,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
            """ + "\n" + Closing);

    [Fact]
    public Task Fix_all_puts_every_lead_of_the_document_in_italics() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Reaffirming = "{|DK1102:Reaffirming|} its resolution 73/185 of 17 December 2018 on the rule of law,";
                [Preambular] const string Recalling = @"{|DK1102:Recalling|} the “Doha Declaration” adopted by the Thirteenth Congress,";
            """ + "\n" + Closing,
            Header + """
                [Preambular] const string Reaffirming = "*Reaffirming* its resolution 73/185 of 17 December 2018 on the rule of law,";
                [Preambular] const string Recalling = @"*Recalling* the “Doha Declaration” adopted by the Thirteenth Congress,";
            """ + "\n" + Closing);

    [Fact]
    public Task The_adverb_moves_before_the_verb() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session;";
                [Operative] const string Calls = "*Calls upon* all Member States to take into consideration the Doha Declaration;";
                [Operative] const string RequestsAlso = "*{|DK2004:Requests also|}* the United Nations Office on Drugs and Crime to continue its work.";
            }
            """,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session;";
                [Operative] const string Calls = "*Calls upon* all Member States to take into consideration the Doha Declaration;";
                [Operative] const string RequestsAlso = "*Also requests* the United Nations Office on Drugs and Crime to continue its work.";
            }
            """);

    [Fact]
    public Task The_last_operative_paragraph_ends_with_a_full_stop() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Calls = "*Calls upon* all Member States to take into consideration the Doha Declaration;";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session{|DK2003:;|}";
            }
            """,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Calls = "*Calls upon* all Member States to take into consideration the Doha Declaration;";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """);

    [Fact]
    public Task Written_operative_numbers_are_renumbered_in_the_attribute() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative(1)] const string Calls = "*Calls upon* all Member States to take into consideration the Doha Declaration;";
                [Operative({|DK3001:3|})] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative(1)] const string Calls = "*Calls upon* all Member States to take into consideration the Doha Declaration;";
                [Operative(2)] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """);

    [Fact]
    public Task The_date_of_a_resolution_cited_by_type_is_corrected_from_its_declaration() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular, Cites(typeof(Earlier))] const string Recalling = "*Recalling* its resolution 73/186 of {|DK5002:18 December 2018|},";
            """ + "\n" + Closing + """

            [Resolution(Number = "73/186", Adopted = "2018-12-17", Meeting = "62nd plenary meeting", Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
            public partial class Earlier { }
            """,
            Header + """
                [Preambular, Cites(typeof(Earlier))] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
            """ + "\n" + Closing + """

            [Resolution(Number = "73/186", Adopted = "2018-12-17", Meeting = "62nd plenary meeting", Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
            public partial class Earlier { }
            """);

    [Fact]
    public Task The_date_of_a_catalogued_resolution_is_corrected_in_a_literal_with_escapes() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 70/1 of {|DK5002:26 September 2015|}, entitled \u201CTransforming our world\u201D,";
            """ + "\n" + Closing,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 70/1 of 25 September 2015, entitled \u201CTransforming our world\u201D,";
            """ + "\n" + Closing);

    [Fact]
    public Task Italics_that_run_past_the_lead_end_after_it() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "{|DK2002:*Requests the Secretary-General to report to it at its seventy-fifth session*|}.";
            }
            """,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """);

    [Fact]
    public Task The_date_of_a_first_mention_is_inserted_from_the_catalog() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Takes = "*Takes note with appreciation* of the report prepared pursuant to its resolution {|DK5005:73/185|};";
            """ + "\n" + Closing,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Takes = "*Takes note with appreciation* of the report prepared pursuant to its resolution 73/185 of 17 December 2018;";
            """ + "\n" + Closing);
    [Fact]
    public Task The_operative_verb_is_put_in_the_present_indicative_issue_19() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*{|DK2001:Request|}* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """);

    [Fact]
    public Task The_date_is_written_day_month_year_issue_19() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyCodeFixAsync(
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report by {|DK7001:December 19, 2019|}.";
            }
            """,
            Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report by 19 December 2019.";
            }
            """);

    [Fact]
    public void One_provider_offers_the_fix_of_every_id_whose_descriptor_has_one()
    {
        var expected = DraftingKit.Rules.RuleCatalog.AllDescriptors.Where(d => d.Fix.Offered).Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal);
        Assert.Equal(expected, new EngineEditsFixProvider().FixableDiagnosticIds.OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Contains("DK2001", expected);
        Assert.Contains("DK7001", expected);
        Assert.IsType<Microsoft.CodeAnalysis.CodeFixes.FixAllProvider>(new EngineEditsFixProvider().GetFixAllProvider(), exactMatch: false);
    }
}
