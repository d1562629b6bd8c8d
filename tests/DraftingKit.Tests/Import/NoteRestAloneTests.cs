using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The rest of a note that a page cut, laid out at the foot of a page with no notes of its own (pdftotext with
/// <c>-layout</c>): it stands at the notes' column, where no line of the page's text does, and joins its note
/// (<see cref="NoteRestAlone"/>, <see cref="NoteAcrossPage"/>).
/// </summary>
public sealed class NoteRestAloneTests
{
    /// <summary>A/RES/75/158's eighth page, its foot: note 32, cut.</summary>
    private const string PageWithCutNote = """
                       24.     Calls upon Member States to take into consideration the challenges presented by new
                               methods of recruiting victims of human trafficking, such as the misuse of the Internet
                               by human traffickers, in particular for recruiting children, to take measures to develop
                               targeted awareness-raising campaigns, including for law enforcement, front-line service
                               providers and at-risk industries, to identify the signs of human trafficking, and to
                               develop specialized training for law enforcement and criminal justice practitioners;
                       25.     Encourages Member States to establish or strengthen national programmes and to
                               engage in bilateral, subregional, regional and international cooperation, including by
                               forging regional initiatives or plans of action, 32 to address the problem of human
                       32
                            Such as the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime,
                            the Coordinated Mekong Ministerial Initiative against Trafficking, the Action Plan for the Asia-Pacific
                            region of the Asian Regional Initiative against Trafficking in Persons, Especially Women and Children (see
                            A/C.3/55/3, annex), the Association of Southeast Asian Nations Convention Against Trafficking in
                            Persons, Especially Women and Children, the initiatives of the European Union on a comprehensive
                            European policy and programmes on trafficking in human beings, as expressed most recently in the
                            European Union plan on best practices, standards and procedures for combating and preventing trafficking



        8/12

        """;

    /// <summary>A/RES/75/158's ninth page, shortened: no note of its own, note 32's rest at its foot.</summary>
    private const string PageWithRest = """
                                                                                                                      A/RES/75/158



              trafficking through, inter alia, the enhancement of information-sharing, data
              disaggregated by sex and age, specific data collection and other technical capacities and
              human trafficking, in consultation with Governments, relevant treaty bodies, special
              procedures, the specialized agencies, intergovernmental organizations, civil society,
              including non-governmental organizations, national human rights institutions and other
              sources, including victims of human trafficking or their representatives, as appropriate;
        30.   Encourages Governments and relevant United Nations bodies, from within existing
              resources, to take appropriate measures to raise public awareness of the issue of human
              trafficking, particularly trafficking in women and girls, including the factors that make
              women and girls vulnerable to human trafficking, to discourage, with a view to
              eliminating, the demand that fosters all forms of exploitation, including sexual
              exploitation and forced labour, to publicize the laws, regulations and penalties relating
              to this issue and to emphasize that human trafficking is a serious crime;
          in human beings, adopted in December 2005, the activities of the Council of Europe and the Organization
          for Security and Cooperation in Europe, the South Asian Association for Regional Cooperation Convention
          on Preventing and Combating Trafficking in Women and Children for Prostitution, the Organization of
          American States Meeting of National Authorities on Trafficking in Persons, the Agreement on the
          Cooperation of the Commonwealth of Independent States in Combating Trafficking in Persons, Human
          Organs and Tissues, the Inter-American Programme for the Prevention and Eradication of Commercial
          Sexual Exploitation and Smuggling of and Trafficking in Children, and the activities of the International
          Labour Organization and the International Organization for Migration in this field.



                                                                                                                              9/12

        """;

    private const string Rest = "in human beings, adopted in December 2005, the activities of the Council of Europe and the Organization for Security and Cooperation in Europe, the South Asian Association for Regional Cooperation Convention on Preventing and Combating Trafficking in Women and Children for Prostitution, the Organization of American States Meeting of National Authorities on Trafficking in Persons, the Agreement on the Cooperation of the Commonwealth of Independent States in Combating Trafficking in Persons, Human Organs and Tissues, the Inter-American Programme for the Prevention and Eradication of Commercial Sexual Exploitation and Smuggling of and Trafficking in Children, and the activities of the International Labour Organization and the International Organization for Migration in this field.";

    [Fact]
    public void The_rest_at_the_foot_of_a_page_with_no_notes_goes_under_a_rule_line()
    {
        var page = SecondPage(PageWithCutNote + "\f" + PageWithRest);

        var rule = page.IndexOf("__________________");
        Assert.True(rule > 0);
        Assert.Equal("to this issue and to emphasize that human trafficking is a serious crime;", page.Take(rule).Last(line => line.Trim().Length > 0).Trim());
        Assert.Equal(Rest, string.Join(" ", page.Skip(rule + 1).Where(line => line.Trim().Length > 0 && line.Trim() != "9/12").Select(line => line.Trim())));
    }

    [Fact]
    public void Under_a_note_that_ended_the_lines_at_the_foot_stay_the_texts()
    {
        var ended = PageWithCutNote.Replace("combating and preventing trafficking\n", "combating and preventing trafficking.\n", StringComparison.Ordinal);

        Assert.DoesNotContain("__________________", SecondPage(ended + "\f" + PageWithRest));
    }

    [Fact]
    public void Lines_at_the_texts_column_are_the_texts()
    {
        // The foot's lines set at the column of the paragraph's running lines: its text, not a note's.
        var atText = string.Join("\n", PageWithRest.Split('\n').Select(line => line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal) ? "    " + line : line));

        Assert.DoesNotContain("__________________", SecondPage(PageWithCutNote + "\f" + atText));
    }

    /// <summary>The second page of <paramref name="text"/> laid out as the importer reads it, by lines.</summary>
    private static List<string> SecondPage(string text) => LaidOutText.Paragraphs(text).Split('\f')[1].Split('\n').ToList();
}
