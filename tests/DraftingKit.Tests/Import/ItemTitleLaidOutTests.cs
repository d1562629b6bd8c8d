using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// An item's title without punctuation over its text, as the Security Council sets the tasks of a mandate, in a PDF's
/// text laid out by pdftotext <c>-layout</c>: the text under the title stands at the label's text column, where the
/// title's own wrapped lines run on too, so only the words tell where the title ends (<see cref="ItemTitle"/>, the
/// grammar the reading order reads it by). Lines as LibreOffice and pdftotext print the Council's templates.
/// </summary>
public sealed class ItemTitleLaidOutTests
{
    /// <summary>
    /// A laid-out page of S/RES/2584 (2021): its running header, the top of its paragraph 62 (full lines that give the
    /// page its measure), then <paramref name="body"/> and the page's number.
    /// </summary>
    private static string Page(params string[] body) =>
        string.Join("\n", new[]
        {
            "                                                                                             S/RES/2584 (2021)",
            "",
            "",
            "62.   Further requests the Secretary-General, addressing perspectives from all relevant",
            "      actors, including the SRSG, in consultation with the Force Commander, to provide",
            "      every six months the Security Council with a letter exclusively and thoroughly focusing",
            "      on mission-wide performance and challenges by providing information on:",
            "      (i)    progress in mission operations, security challenges, and coordination between",
            "             security actors, including discussions in the Instance de Coordination au Mali,",
        }.Concat(body).Concat(new[] { "", "", "", "", "                                                                                                         17/17", "" })) + "\f";

    /// <summary>The paragraphs <see cref="LaidOutText"/> gives back, each one's lines trimmed and joined, without the page's number.</summary>
    private static List<string> Paragraphs(string page) => LaidOutParagraphs.Of(page, pageNumber: "17/17");

    [Fact]
    public void A_title_of_one_line_stands_apart_from_the_sentence_under_it()
    {
        // S/RES/2584 (2021), paragraph 28 (e), as pdftotext -layout prints it.
        var paragraphs = Paragraphs(Page(
            "                                 and children throughout Mali and to contribute to efforts to prevent such",
            "                                 violations and abuses including by liaising with relevant partners, as",
            "                                 appropriate;",
            "                    (e)   Humanitarian assistance",
            "                          In support of the Malian authorities, to contribute to the creation of a secure",
            "                               environment for the safe civilian-led delivery of humanitarian assistance,",
            "                               consistent with humanitarian principles, and the voluntary, safe and",
            "                               dignified return, local integration or resettlement of internally displaced"));

        Assert.Contains("(e)   Humanitarian assistance", paragraphs);
        Assert.StartsWith("In support of the Malian authorities, to contribute", paragraphs.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_the_width_broke_ends_on_its_last_line_over_the_sentence()
    {
        // S/RES/2759 (2024), paragraph 29 (d): the title's second line stands at the text column as the sentence does.
        var paragraphs = Paragraphs(Page(
            "      (d)   Facilitate the immediate, full, safe and unhindered delivery of humanitarian",
            "            assistance",
            "            To improve coordination with all humanitarian actors, including United Nations",
            "                 agencies, and to facilitate, in a manner consistent with international law and",
            "                 consistent with the humanitarian principles, the creation of a secure"));

        Assert.Contains("(d)   Facilitate the immediate, full, safe and unhindered delivery of humanitarian assistance", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("To improve coordination with all humanitarian actors, including United Nations agencies", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_stretched_to_the_measure_by_its_line_break_reads_one_space_between_its_words()
    {
        // S/RES/2605 (2021), paragraph 35 (c): LibreOffice justifies the line before the title's break, pdftotext
        // prints the stretch as spaces.
        var paragraphs = Paragraphs(Page(
            "      (c)   Facilitate the immediate,         full,   safe   and    unhindered     delivery    of",
            "            humanitarian assistance",
            "            To improve coordination with all humanitarian actors, including United Nations",
            "                 agencies, and to facilitate the creation of a secure environment for the",
            "                 immediate, full, safe and unhindered, civilian-led delivery of humanitarian"));

        Assert.Contains("(c)   Facilitate the immediate, full, safe and unhindered delivery of humanitarian assistance", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("To improve coordination with all humanitarian actors, including United Nations agencies", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dash_under_a_title_opens_the_titles_text()
    {
        // S/RES/2512 (2020), paragraph 3 (b).
        var paragraphs = Paragraphs(Page(
            "     (b)   Phase III (transition phase)",
            "           – UNIOGBIS will continue to implement its transition plan for the gradual",
            "               drawing down and transfer of tasks to UNCT, the United Nations Office for",
            "               West Africa and the Sahel (UNOWAS) and other regional and international"));

        Assert.Equal("(b)   Phase III (transition phase)", paragraphs[paragraphs.Count - 2]);
        Assert.StartsWith("– UNIOGBIS will continue", paragraphs.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_under_a_title_goes_on_in_a_paragraph_after_its_semicolon()
    {
        // S/RES/2584 (2021), paragraph 31 (b), its text's second paragraph, on a page whose running lines are the
        // items' further lines: its first line's indent says nothing, its words after the semicolon do.
        var paragraphs = Paragraphs(Page(
            "      (b)   Cooperation with Sanctions Committees",
            "            To assist and exchange information with the Sanctions Committee and the Panel",
            "                 of experts established pursuant to resolution 2374 (2017) as well as to assist",
            "                 in raising awareness on their role and their mandate;",
            "            To assist the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee",
            "                 and the Analytical Support and Sanctions Monitoring Team established by",
            "                 resolution 1526 (2004), including by passing information relevant to the",
            "                 implementation of the measures in paragraph 1 of resolution 2368 (2017);"));

        Assert.Contains("(b)   Cooperation with Sanctions Committees", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("To assist and exchange", StringComparison.Ordinal) && paragraph.EndsWith("their mandate;", StringComparison.Ordinal));
        Assert.StartsWith("To assist the 1267/1989/2253", paragraphs.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_items_sentence_that_wraps_goes_on_where_its_line_ends_open()
    {
        // S/RES/2556 (2020), paragraph 29 (ii): the item's first line stops on "the", so "DRC, …" goes on its sentence.
        var paragraphs = Paragraphs(Page(
            "                    (ii)   Support to stabilisation and the strengthening of State institutions in the",
            "                           DRC, and key governance and security reforms, in order to establish",
            "                           functional, professional, and accountable state institutions, including security",
            "                           and judicial institutions"));

        Assert.Equal("(ii)   Support to stabilisation and the strengthening of State institutions in the DRC, and key governance and security reforms, in order to establish functional, professional, and accountable state institutions, including security and judicial institutions", paragraphs.Last());
    }

    [Fact]
    public void An_items_sentence_goes_on_into_a_name_that_opens_with_a_capitalised_article()
    {
        // S/RES/2759 (2024), paragraph 33 (c) (i): "The Russian Federation" opens the item's fifth line after a comma, no title's.
        var paragraphs = Paragraphs(Page(
            "                    (c)   Security Sector Reform (SSR)",
            "                          (i)    To provide strategic and technical advice to the CAR Government to",
            "                                 implement the National Strategy on SSR and the recently validated National",
            "                                 Defence Policy and Strategy, in close coordination with EUTM-RCA,",
            "                                 EUAM-RCA, and CAR’s other international partners, including France,",
            "                                 The Russian Federation, the United States, the People’s Republic of China",
            "                                 and the Republic of Rwanda, with the aim of ensuring coherence of the SSR"));

        Assert.StartsWith("(i)    To provide strategic and technical advice", paragraphs.Last(), StringComparison.Ordinal);
        Assert.Contains("including France, The Russian Federation, the United States", paragraphs.Last(), StringComparison.Ordinal);
    }
}
