using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// In a PDF's reading order, an item's title without punctuation over its text, as the Security Council sets the tasks
/// of a mandate ("(e)" / "Humanitarian assistance" / "In support of …", S/RES/2584 (2021)): the title ends where a
/// sentence opens under it (<see cref="ItemTitle"/>), the text under it goes on in paragraphs of its own after a
/// semicolon, a subheading under the title opens the list it heads, and a subheading in a colon among the items heads
/// the next. A wrapped item's line that the next line goes on stays one paragraph.
/// </summary>
public sealed class ItemTitleInReadingOrderTests
{
    /// <summary>The paragraphs <paramref name="items"/> are read into under <see cref="Chapeau"/>.</summary>
    private static List<string> Paragraphs(string items) => ReadingOrderParagraphs.Of(Chapeau + "\n" + items, LeadVocabulary.Default);

    /// <summary>A chapeau and its first item as S/RES/2584 (2021) prints them, so that the text reads as flowing.</summary>
    private const string Chapeau = """
        The Security Council,
        Recalling its previous resolutions on Mali,
        Reaffirming its strong commitment to the sovereignty of Mali,
        30. Decides that MINUSMA’s mandate shall include the following priority tasks:
        (d)

        Promotion and protection of human rights
        (i)

        To assist the Malian authorities in their efforts to promote and protect human rights;
        (ii)

        To improve efforts to monitor, document and report publicly on violations of international
        humanitarian law;
        """;

    [Theory]
    [InlineData("(e) Humanitarian assistance", "In support of the Malian authorities, to contribute to the creation of a secure")]
    [InlineData("(c) Facilitate the immediate, full, safe and unhindered delivery of humanitarian assistance", "To improve coordination with all humanitarian actors, including United Nations agencies,")]
    [InlineData("(b) Republican Dialogue and 2022 elections", "To assist the CAR authorities in the completion of a fully inclusive Republican Dialogue")]
    [InlineData("(c) 2020/2021 elections", "To assist the CAR authorities in the preparation and delivery of peaceful presidential,")]
    public void A_title_ends_over_the_sentence_that_opens_under_it(string title, string next) =>
        Assert.True(ItemTitle.EndsOver(new[] { title }, next));

    [Fact]
    public void A_title_over_two_lines_ends_over_its_text()
    {
        // S/RES/2552 (2020), paragraph 32 (d).
        var title = new[] { "(d) Facilitate the creation of a secure environment for the immediate, full, safe and", "unhindered delivery of humanitarian assistance" };

        Assert.True(ItemTitle.EndsOver(title, "To improve coordination with all humanitarian actors, including United Nations agencies,"));
    }

    [Theory]
    // A wrapped line that stops on a word no title ends on: a name goes on ("The Hague").
    [InlineData("(b) To cooperate with the International Criminal Court in", "The Hague, in accordance with its obligations;")]
    // An item whose sentence goes on in lower case.
    [InlineData("(a) To contribute to the creation of a secure environment for quick impact projects", "in direct support to the implementation of the Agreement;")]
    // An item that opens in lower case is a sentence, no title.
    [InlineData("(a) to support the Government in the implementation of the Agreement", "To that end, to provide good offices;")]
    // The line below opens no sentence: a name's rest.
    [InlineData("(c) To support the Independent National Electoral", "Commission of the Democratic Republic of the Congo;")]
    // The item's line ended a unit: that is for the rules of a unit's end.
    [InlineData("(e) Humanitarian assistance,", "In support of the Malian authorities;")]
    public void A_line_that_goes_on_the_item_ends_no_title(string line, string next) =>
        Assert.False(ItemTitle.EndsOver(new[] { line }, next));

    [Fact]
    public void No_title_runs_over_four_lines_or_holds_a_semicolon()
    {
        var four = new[] { "(a) Support to the implementation of the Agreement on Peace", "and Reconciliation in Mali", "and to the full realization", "of the Political Transition" };
        Assert.False(ItemTitle.EndsOver(four, "To exercise good offices;"));
        Assert.False(ItemTitle.EndsOver(new[] { "(a) Protection of civilians; monitoring of human rights" }, "To protect civilians;"));
    }

    [Fact]
    public void The_title_and_its_text_are_two_paragraphs()
    {
        // S/RES/2584 (2021), paragraph 30 (e).
        var paragraphs = Paragraphs("""
            (e)

            Humanitarian assistance
            In support of the Malian authorities, to contribute to the creation of a secure
            environment for the safe civilian-led delivery of humanitarian assistance;
            31. Decides to remain seized of the matter.
            """);

        Assert.Contains("(e) Humanitarian assistance", paragraphs);
        Assert.Contains("In support of the Malian authorities, to contribute to the creation of a secure environment for the safe civilian-led delivery of humanitarian assistance;", paragraphs);
    }

    [Fact]
    public void A_label_alone_over_a_title_that_opens_with_years_opens_the_item()
    {
        // S/RES/2552 (2020), paragraph 32 (c).
        var paragraphs = Paragraphs("""
            (e)

            2020/2021 elections
            To assist the CAR authorities in the preparation and delivery of peaceful presidential,
            legislative and local elections of 2020/2021;
            31. Decides to remain seized of the matter.
            """);

        // The label hangs as a laid-out print sets it before words that open in no capital.
        Assert.Contains("(e)  2020/2021 elections", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("To assist the CAR authorities", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_under_a_title_goes_on_in_a_paragraph_after_a_semicolon()
    {
        // S/RES/2584 (2021), paragraph 31 (b): two paragraphs of text under one title.
        var paragraphs = Paragraphs("""
            (b)

            Cooperation with Sanctions Committees
            To assist and exchange information with the Sanctions Committee and the Panel of experts
            established pursuant to resolution 2374 (2017);
            To assist the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee and the
            Analytical Support and Sanctions Monitoring Team;
            31. Decides to remain seized of the matter.
            """);

        var title = paragraphs.IndexOf("(b) Cooperation with Sanctions Committees");
        Assert.True(title > 0);
        Assert.StartsWith("To assist and exchange information", paragraphs[title + 1], StringComparison.Ordinal);
        Assert.StartsWith("To assist the 1267/1989/2253", paragraphs[title + 2], StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_full_stop_the_text_under_a_title_goes_on_in_its_paragraph()
    {
        // A paragraph of text may hold sentences; only a semicolon closes one of a list's units.
        var paragraphs = Paragraphs("""
            (b)

            Cooperation with Sanctions Committees
            To assist and exchange information with the Sanctions Committee and the Panel of experts.
            To that end, the Mission shall share information with the Panel;
            31. Decides to remain seized of the matter.
            """);

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("To assist and exchange", StringComparison.Ordinal) && paragraph.EndsWith("with the Panel;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrapped_item_whose_next_line_goes_on_stays_one_paragraph()
    {
        var paragraphs = Paragraphs("""
            (e)

            To cooperate with the Office of the Prosecutor of the International Criminal Court in
            The Hague, in accordance with its obligations;
            31. Decides to remain seized of the matter.
            """);

        Assert.Contains("(e) To cooperate with the Office of the Prosecutor of the International Criminal Court in The Hague, in accordance with its obligations;", paragraphs);
    }

    [Fact]
    public void A_subheading_under_a_title_opens_the_list_it_heads()
    {
        // S/RES/2556 (2020), paragraph 29 (ii): the title runs over three lines, "Stabilisation" heads items (a) ….
        var paragraphs = Paragraphs("""
            (iii)

            Support to stabilisation and the strengthening of State institutions in the DRC, and key
            governance and security reforms, in order to establish functional, professional, and
            accountable state institutions, including security and judicial institutions
            Stabilisation
            (a)

            Provide coordination between the Government of the DRC, international partners and United
            Nations agencies in a targeted, sequenced and coordinated approach to stabilisation;
            31. Decides to remain seized of the matter.
            """);

        var title = paragraphs.FindIndex(paragraph => paragraph.StartsWith("(iii) Support to stabilisation", StringComparison.Ordinal));
        Assert.EndsWith("including security and judicial institutions", paragraphs[title], StringComparison.Ordinal);
        Assert.Equal("Stabilisation", paragraphs[title + 1]);
        Assert.StartsWith("(a) Provide coordination", paragraphs[title + 2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_subheading_under_a_title_of_four_lines_opens_the_list_it_heads()
    {
        // S/RES/2612 (2021), paragraph 29 (ii): the same title printed over four lines.
        var paragraphs = Paragraphs("""
            (iii)

            Support to stabilisation and the strengthening of State institutions in the
            DRC, and key governance and security reforms, in order to establish
            functional, professional, and accountable state institutions, including security
            and judicial institutions
            Stabilisation
            (a)

            Provide coordination between the Government of the DRC, international partners and United
            Nations agencies in a targeted, sequenced and coordinated approach to stabilisation;
            31. Decides to remain seized of the matter.
            """);

        var title = paragraphs.FindIndex(paragraph => paragraph.StartsWith("(iii) Support to stabilisation", StringComparison.Ordinal));
        Assert.EndsWith("including security and judicial institutions", paragraphs[title], StringComparison.Ordinal);
        Assert.Equal("Stabilisation", paragraphs[title + 1]);
    }

    [Fact]
    public void A_title_over_the_next_item_of_the_list_opened_before_it_heads_that_item()
    {
        // S/RES/2717 (2023), paragraph 45: "(iii)" titles the items that follow, which go on from "(l)" above it.
        var paragraphs = Paragraphs("""
            (e)

            Continue to collaborate with the Government of the DRC to consolidate the gains
            of the Action Plan to Prevent and End the Recruitment and Use of Children;
            (iii) Security Sector Reform (SSR)
            (f) Provide good offices and strategic and technical advice, as appropriate, to the
            Government of the DRC;
            31. Decides to remain seized of the matter.
            """);

        Assert.Contains("(iii) Security Sector Reform (SSR)", paragraphs);
        Assert.Contains("(f) Provide good offices and strategic and technical advice, as appropriate, to the Government of the DRC;", paragraphs);
    }

    [Fact]
    public void A_label_that_follows_none_opened_goes_on_the_title()
    {
        // "(q)" follows no label opened: the title's wrapped line, not an item.
        var paragraphs = Paragraphs("""
            (iii) Support to the implementation of the sanctions regime of paragraph 3
            (q) Annex B
            To monitor the implementation of the measures;
            31. Decides to remain seized of the matter.
            """);

        Assert.Contains("(iii) Support to the implementation of the sanctions regime of paragraph 3 (q) Annex B", paragraphs);
    }

    [Fact]
    public void A_name_that_a_title_goes_on_with_is_no_subheading()
    {
        // The title's last word is capitalised: the capitalised line under it may be its name's rest.
        var paragraphs = Paragraphs("""
            (iii)

            Support to the Independent National Electoral
            Commission
            (a)

            Provide technical and logistical support to the electoral cycle;
            31. Decides to remain seized of the matter.
            """);

        Assert.Contains("(iii) Support to the Independent National Electoral Commission", paragraphs);
    }

    [Fact]
    public void A_subheading_in_a_colon_among_the_items_heads_the_next()
    {
        // S/RES/2605 (2021), paragraph 35 (b): "(iii)" follows "(ii)", so the colon opens no list of its own.
        var paragraphs = Paragraphs("""
            (iii)

            To help build the capacities of the national human rights institution coordinating with
            the Independent Expert on human rights in the CAR as appropriate;
            Urgent temporary measures:
            (iv)

            To urgently and actively adopt, within the limits of its capacities and areas of
            deployment, urgent temporary measures on an exceptional basis;
            31. Decides to remain seized of the matter.
            """);

        Assert.Contains("Urgent temporary measures:", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.EndsWith("in the CAR as appropriate;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subheading_in_a_colon_at_a_pages_foot_heads_the_next_item_on_the_next_page()
    {
        // S/RES/2709 (2023), paragraph 35 (e): the page's number and the next page's running header stand between.
        var paragraphs = Paragraphs("""
            (iii)

            To help build the capacities of the national human rights institution coordinating with
            the Independent Expert on human rights in the CAR as appropriate;
            Urgent temporary measures:


            18/25

            {page}S/RES/2709 (2023)

            (iv)

            To urgently and actively adopt, within the limits of its capacities and areas of
            deployment, urgent temporary measures on an exceptional basis;
            31. Decides to remain seized of the matter.
            """.Replace("{page}", "\f", StringComparison.Ordinal));

        Assert.Contains("Urgent temporary measures:", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.EndsWith("in the CAR as appropriate;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_in_a_colon_over_a_list_that_opens_anew_is_not_told_so()
    {
        // Over "(a)" the colon may introduce a list of its own: this rule leaves the line where the others put it.
        var paragraphs = Paragraphs("""
            (iii)

            To help build the capacities of the national human rights institution coordinating with
            the Independent Expert on human rights in the CAR as appropriate;
            Urgent temporary measures:
            (a)

            To urgently and actively adopt, within the limits of its capacities and areas of
            deployment, urgent temporary measures on an exceptional basis;
            31. Decides to remain seized of the matter.
            """);

        Assert.DoesNotContain("Urgent temporary measures:", paragraphs);
    }

    [Fact]
    public void A_title_at_a_page_foot_ends_over_its_text_on_the_next_page()
    {
        // S/RES/2709 (2023), paragraph 35 (d): the title ends page 15, its text opens page 16.
        var file = RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates", "S-RES-2709-2023.res.md");
        var flow = PdfTextLayer.Flow(TemplateReader.ReadFile(file).Document);
        Assert.Contains("humanitarian\u00a0assistance\n\n\n15/25", flow, StringComparison.Ordinal);

        var document = Assert.Single(UnDocumentImporter.ImportText(file, flow).Texts).Document;

        var item = document.OperativeParagraphs().SelectMany(paragraph => paragraph.Subparagraphs)
            .Single(sub => sub.Text.PlainText.StartsWith("Facilitate the immediate", StringComparison.Ordinal));
        Assert.EndsWith("delivery of humanitarian\u00a0assistance", item.Text.PlainText.Trim(), StringComparison.Ordinal);
        var text = Assert.Single(item.Items);
        Assert.Equal(ListStyle.Unlabelled, text.Style);
        Assert.StartsWith("To improve coordination with all humanitarian actors", text.Text.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    // S/RES/2579 (2021): a title over the first of its list's marks, which it introduces as a colon would.
    [InlineData("and promotion of human rights, and sustainable peace", "a. Assist, through good offices, the Sudanese transition, including national efforts to")]
    [InlineData("and promotion of human rights, and sustainable peace", "i. Assist, through good offices, the Sudanese transition")]
    public void A_title_ends_over_the_first_mark_of_its_list(string second, string next) =>
        Assert.True(ItemTitle.EndsOver(new[] { "(i) Assist the political transition, progress towards democratic governance, in the protection", second }, next));

    [Theory]
    // A mark that opens no list ("b.") follows nothing under a title; a title that ended a unit is none.
    [InlineData("(i) Assist the political transition, and sustainable peace", "b. Assist, through good offices, the Sudanese transition")]
    [InlineData("(i) Assist the political transition, and sustainable peace,", "a. Assist, through good offices, the Sudanese transition")]
    [InlineData("(i) to assist the political transition and sustainable peace", "a. Assist, through good offices, the Sudanese transition")]
    public void A_mark_that_opens_no_list_under_a_title_or_under_no_title_ends_none(string line, string next) =>
        Assert.False(ItemTitle.EndsOver(new[] { line }, next));

    /// <summary>S/RES/2579 (2021), paragraph 2 (iii), as the reading order prints it: its title ends a page, its list opens the next.</summary>
    private const string TitleOverMarksAcrossPage = """
        (iii)

        Assist peacebuilding, civilian protection and rule of law, in particular in Darfur and the
        Two Areas


        4/8
        
        a. Support Sudanese-led peacebuilding, in particular conflict prevention, mitigation and
        reconciliation, including through integrated peacebuilding mechanisms;
        b. Assist, advise and support the Government of Sudan’s capacity to extend state presence
        and inclusive civilian governance;
        31. Decides to remain seized of the matter.
        """;

    [Fact]
    public void A_title_at_a_page_foot_ends_over_the_first_mark_of_its_list_on_the_next_page()
    {
        var paragraphs = Unpaged(TitleOverMarksAcrossPage);

        Assert.Contains("(iii) Assist peacebuilding, civilian protection and rule of law, in particular in Darfur and the Two Areas", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("a. Support Sudanese-led peacebuilding", StringComparison.Ordinal));
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("b. Assist, advise and support", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_in_lower_case_at_the_next_pages_top_go_on_the_title_a_page_cut()
    {
        var paragraphs = Unpaged(TitleOverMarksAcrossPage.Replace("a. Support Sudanese-led", "and Support Sudanese-led", StringComparison.Ordinal));

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("(iii) Assist peacebuilding", StringComparison.Ordinal) && paragraph.Contains("Two Areas and Support Sudanese-led", StringComparison.Ordinal));
    }

    /// <summary>The paragraphs of <paramref name="items"/> under <see cref="Chapeau"/> with the pages undone ("&lt;page&gt;" a page's feed), as the importer reads them.</summary>
    private static List<string> Unpaged(string items) =>
        FlowingText.Unpaged(Chapeau + "\n" + items.Replace("<page>\n", "\f", StringComparison.Ordinal), LeadVocabulary.Default)
            .Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && line != "---")))
            .Where(block => block.Length > 0)
            .ToList();
}
