using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The Security Council's headings in a PDF's reading order: a section's heading that opens with a participle
/// ("Degrading the threat posed by Al-Shabaab …", "Maintaining momentum on the security transition"), a part's heading
/// over a heading with its own designation ("Part 2: supporting …" / "2a: Security sector reform …"), a heading in a
/// colon under a colon that introduced nothing, an item's title over its dashes, and the words that close a list of
/// marked items; and in the text's parts, a heading labelled as an item over the numbered paragraphs.
/// </summary>
public sealed class CouncilHeadingsInReadingOrderTests
{
    private static List<string> Paragraphs(string text) => ReadingOrderParagraphs.Of(text, LeadVocabulary.Default);

    /// <summary>S/RES/2713 (2023), its preamble's heading, as pdftotext prints it.</summary>
    private const string Preamble = """
        The Security Council,
        Recalling all its previous resolutions and statements of its President on the situation in
        Somalia,
        Emphasising that the purpose of this resolution is to degrade the threat posed by Al-Shabaab,
        Degrading the threat posed by Al-Shabaab, and the Arms Embargo on Al-Shabaab
        Expressing grave concern that Al-Shabaab continues to pose a serious threat to the peace,
        security and stability of Somalia and the region,
        Condemning in the strongest possible terms Al-Shabaab’s terrorist attacks, expressing deep
        concern at the loss of life from these attacks,
        1. Decides to remain seized of the matter.
        """;

    [Fact]
    public void A_heading_that_opens_with_a_participle_stands_over_the_lead_under_it()
    {
        var paragraphs = Paragraphs(Preamble);

        Assert.Contains("Degrading the threat posed by Al-Shabaab, and the Arms Embargo on Al-Shabaab", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("Expressing grave concern", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_that_opens_with_a_participle_stands_over_a_heading_and_its_numbered_paragraph()
    {
        // S/RES/2710 (2023): "Maintaining momentum on the security transition" / "Actions" / "10.".
        var paragraphs = Paragraphs(Preamble.Replace(
            "1. Decides to remain seized of the matter.",
            "1. Welcomes the progress made, and calls upon all partners to support ATMIS and the\nregion;\nMaintaining momentum on the security transition\nActions\n2.\n\nTakes note of the planned security conference on 12 December 2023;",
            StringComparison.Ordinal));

        Assert.Contains("Maintaining momentum on the security transition", paragraphs);
        Assert.Contains("Actions", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.EndsWith("support ATMIS and the region;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_that_a_participle_opens_goes_on_to_its_units_end()
    {
        // The line is full: the page's width broke it, and the lead's paragraph goes on below.
        var paragraphs = Paragraphs(Preamble.Replace(
            "Degrading the threat posed by Al-Shabaab, and the Arms Embargo on Al-Shabaab\n",
            "Deploring the threat posed by Al-Shabaab to the peace and security of the region and\nthe wider Horn of Africa,\n",
            StringComparison.Ordinal));

        Assert.Contains("Deploring the threat posed by Al-Shabaab to the peace and security of the region and the wider Horn of Africa,", paragraphs);
    }

    [Fact]
    public void A_participles_line_over_words_in_lower_case_is_no_heading()
    {
        // "… Al-Shabaab" / "affiliates …": the sentence goes on, however short its line.
        var paragraphs = Paragraphs(Preamble.Replace(
            "Degrading the threat posed by Al-Shabaab, and the Arms Embargo on Al-Shabaab\n",
            "Deploring the threat posed by Al-Shabaab\naffiliates in the region,\n",
            StringComparison.Ordinal));

        Assert.Contains("Deploring the threat posed by Al-Shabaab affiliates in the region,", paragraphs);
    }

    /// <summary>S/RES/2607 (2021), its part's heading over a heading with its own designation.</summary>
    private const string Parts = """
        The Security Council,
        Recalling all its previous resolutions on the situation in Somalia,
        1.

        Encourages international and regional partners of Somalia to reinforce Somali capacity in
        the analysis of explosives;
        Part 2: supporting state- and peace-building in Somalia
        2a: Security sector reform and compliance with international law
        2.

        Calls upon the FGS, in coordination with the FMS, to accelerate the implementation of the
        National Security Architecture;
        """;

    [Fact]
    public void A_parts_heading_stands_over_a_heading_with_its_own_designation()
    {
        var paragraphs = Paragraphs(Parts);

        Assert.Contains("Part 2: supporting state- and peace-building in Somalia", paragraphs);
        Assert.Contains("2a: Security sector reform and compliance with international law", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.EndsWith("the analysis of explosives;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2a: Security sector reform and compliance with international law", true)]
    [InlineData("1b: Maritime Interdiction and improving maritime domain awareness", true)]
    // A designation's title opens with a capital; a count before words in lower case is a sentence's.
    [InlineData("2a: security sector reform", false)]
    [InlineData("2: Security sector reform", false)]
    [InlineData("12 Member States", false)]
    public void A_headings_own_designation_is_figures_and_a_letter_with_a_colon(string line, bool opens) =>
        Assert.Equal(opens, DesignationLine.OpensTitle(line));

    [Fact]
    public void A_heading_in_a_colon_under_a_colon_that_introduced_nothing_heads_the_numbered_paragraphs()
    {
        // S/RES/2677 (2023), paragraph 20 ends with a colon that no list follows.
        var paragraphs = Paragraphs(Parts.Replace(
            "Part 2: supporting state- and peace-building in Somalia\n2a: Security sector reform and compliance with international law\n",
            "Requests the Secretary-General to fully implement the activities listed in paragraph 20 in\nline with existing United Nations guidelines and regulations:\nUnited Nations and International Support:\n",
            StringComparison.Ordinal));

        Assert.Contains("United Nations and International Support:", paragraphs);
    }

    [Fact]
    public void A_line_in_a_colon_after_a_comma_is_its_sentences()
    {
        var paragraphs = Paragraphs(Parts.Replace(
            "Part 2: supporting state- and peace-building in Somalia\n2a: Security sector reform and compliance with international law\n",
            "Requests the Secretary-General, in line with existing guidelines and regulations,\nTo act as follows:\n",
            StringComparison.Ordinal));

        Assert.DoesNotContain("To act as follows:", paragraphs);
    }

    [Fact]
    public void An_items_title_ends_over_the_dash_of_its_first_item()
    {
        // S/RES/2512 (2020), paragraph 2 (a): the title, then its items with their dashes before a capital.
        var paragraphs = Paragraphs("""
            The Security Council,
            Recalling all its previous resolutions on Guinea-Bissau,
            2.

            Requests that UNIOGBIS focus on the following phases:
            (a)

            Phase II (post-electoral phase)
            – UNIOGBIS will continue to perform its good offices function, in coordination with
            international partners;
            – UNIOGBIS will establish the conditions conducive to the implementation of the reform
            agenda;
            (b)

            Phase III (transition phase)
            3. Decides to remain seized of the matter.
            """);

        Assert.Contains("(a) Phase II (post-electoral phase)", paragraphs);
        Assert.Contains("– UNIOGBIS will continue to perform its good offices function, in coordination with international partners;", paragraphs);
        Assert.Contains("– UNIOGBIS will establish the conditions conducive to the implementation of the reform agenda;", paragraphs);
    }

    [Theory]
    [InlineData("– UNIOGBIS will continue to perform its good offices function", true)]
    [InlineData("– accelerate national ownership of SSR", true)]
    [InlineData("–2030 Agenda", false)]
    [InlineData("UNIOGBIS will continue", false)]
    public void A_dash_before_a_word_in_either_case_opens_the_text_under_a_title(string line, bool opens) =>
        Assert.Equal(opens, ItemTitle.EndsOver(new[] { "(a) Phase II (post-electoral phase)" }, line));

    [Fact]
    public void Words_in_lower_case_after_a_marked_item_close_its_list()
    {
        // S/RES/2705 (2023), paragraph 3: the chapeau's sentence goes on after "c." and introduces "d.".
        var paragraphs = Paragraphs("""
            The Security Council,
            Recalling all its previous resolutions on Somalia,
            3.

            Encourages UNSOM to continue to coordinate United Nations efforts, in order to:
            a. take a realistic, incremental approach to advance state-building;
            b. advance the 2030 Agenda for Sustainable Development, including in response to
            climate change, flooding, drought, and locusts;
            and, in the context of ongoing military operations against Al-Shabaab, to support the FGS
            and FMS by:
            c. supporting extension of government authority;
            4. Decides to remain seized of the matter.
            """);

        Assert.Contains("and, in the context of ongoing military operations against Al-Shabaab, to support the FGS and FMS by:", paragraphs);
        Assert.Contains("c. supporting extension of government authority;", paragraphs);
    }

    [Fact]
    public void A_heading_labelled_as_an_item_over_a_numbered_paragraph_is_a_heading()
    {
        // S/RES/2551 (2020): "(i) Exemptions, advance approvals and notifications" over paragraph 9.
        var document = Import("""
            8. Reaffirms that the FGS shall document and register all weapons and military equipment;

            (i) Exemptions, advance approvals and notifications

            9. Decides that the arms embargo on Somalia shall not apply to deliveries of weapons;
            """);

        var heading = Assert.IsType<Heading>(Assert.Single(Operative(document), block => block is Heading));
        Assert.Equal("(i) Exemptions, advance approvals and notifications", heading.Text.PlainText);
        Assert.Empty(document.OperativeParagraphs().Single(paragraph => paragraph.Number == 8).Subparagraphs);
    }

    [Fact]
    public void A_labelled_title_over_its_text_stays_an_item()
    {
        // S/RES/2584 (2021): the title's text opens under it, no numbered paragraph.
        var document = Import("""
            8. Decides that the mandate shall include the following priority tasks:

            (e) Humanitarian assistance

            To contribute to the creation of a secure environment for the delivery of humanitarian assistance;

            9. Decides to remain seized of the matter.
            """);

        Assert.DoesNotContain(Operative(document), block => block is Heading);
        Assert.Single(document.OperativeParagraphs().Single(paragraph => paragraph.Number == 8).Subparagraphs);
    }

    [Fact]
    public void A_labelled_item_that_ends_its_unit_over_a_numbered_paragraph_stays_an_item()
    {
        var document = Import("""
            8. Reaffirms that the FGS shall document and register all weapons and military equipment;

            (i) Exemptions, advance approvals and notifications;

            9. Decides that the arms embargo on Somalia shall not apply to deliveries of weapons;
            """);

        Assert.DoesNotContain(Operative(document), block => block is Heading);
    }

    private static IEnumerable<BodyBlock> Operative(ResolutionDocument document) => document.Parts.SelectMany(part => part.OperativePart);

    private static ResolutionDocument Import(string operative) =>
        Assert.Single(UnDocumentImporter.ImportText("council.txt", "The Security Council,\n\nRecalling its previous resolutions on Somalia,\n\n" + operative).Texts).Document;

    /// <summary>S/RES/2584 (2021) as pdftotext prints its first operative heading: the page's width broke it after a comma.</summary>
    private const string MaliHeading = """
        The Security Council,
        Determining that the situation in Mali continues to constitute a threat to international
        peace and security,
        Acting under Chapter VII of the Charter of the United Nations,
        Implementation of the Agreement on Peace and Reconciliation in Mali,
        Political Transition and elections
        1.

        Calls on all Malian stakeholders to facilitate the resumption and full realization of the
        Political Transition;
        """;

    [Fact]
    public void A_heading_broken_after_a_comma_goes_on_its_rest_over_the_numbered_paragraph()
    {
        var paragraphs = Paragraphs(MaliHeading);

        Assert.Contains("Implementation of the Agreement on Peace and Reconciliation in Mali, Political Transition and elections", paragraphs);
        Assert.Contains("1. Calls on all Malian stakeholders to facilitate the resumption and full realization of the Political Transition;", paragraphs);
    }

    [Fact]
    public void A_short_heading_line_ending_on_a_comma_goes_on_its_rest()
    {
        // The line is well short of the page's width: only the comma and the rest under it say the heading goes on.
        var paragraphs = Paragraphs(MaliHeading.Replace(
            "Implementation of the Agreement on Peace and Reconciliation in Mali,\nPolitical Transition and elections\n",
            "Political process,\nTransition and elections\n",
            StringComparison.Ordinal));

        Assert.Contains("Political process, Transition and elections", paragraphs);
    }

    [Fact]
    public void A_preambular_paragraph_ending_on_a_comma_over_a_heading_stays_apart_from_it()
    {
        var paragraphs = Paragraphs(MaliHeading.Replace(
            "Implementation of the Agreement on Peace and Reconciliation in Mali,\n",
            "Underlining the primary responsibility of the Malian authorities,\n",
            StringComparison.Ordinal));

        Assert.Contains("Underlining the primary responsibility of the Malian authorities,", paragraphs);
        Assert.Contains("Political Transition and elections", paragraphs);
    }

    [Fact]
    public void A_line_ending_on_a_comma_over_a_lead_is_no_broken_heading()
    {
        var paragraphs = Paragraphs(MaliHeading.Replace(
            "Political Transition and elections\n",
            "Recalling its resolution 2531 (2020),\n",
            StringComparison.Ordinal));

        Assert.DoesNotContain(paragraphs, paragraph => paragraph.Contains("Mali, Recalling", StringComparison.Ordinal));
    }
}
