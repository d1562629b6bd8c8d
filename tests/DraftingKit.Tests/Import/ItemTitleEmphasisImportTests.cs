using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a plain text (a PDF's text layer) gives an item's title in roman; the importer sets it in bold where it
/// heads the items or text under it, so that the subparagraph punctuation rule reads it as the heading it is, and
/// leaves alone an item that has lost its semicolon.
/// </summary>
public sealed class ItemTitleEmphasisImportTests
{
    private const string Formula = "The Security Council,\n\nDetermining that the situation in the Democratic Republic of the Congo continues to constitute a threat to international peace and security in the region,\n\n";

    [Fact]
    public void Titles_over_a_list_that_runs_on_across_them_are_set_in_bold()
    {
        // S/RES/2666 (2022), paragraph 24, shortened; (f) lost its semicolon in the UN's own text.
        const string paragraph = """
            1. Decides that the mandate of MONUSCO shall include the following tasks in priority order:

            (i) Protection of civilians under threat of physical violence by taking all necessary measures to ensure effective, timely, dynamic and integrated protection

            (a) Prevent, deter and stop all armed groups and local militias from inflicting violence on the populations;

            (b) Enhance its community engagement with civilians and its use of strategic communications

            (ii) Disarmament, demobilisation, reintegration (DDR) and stabilisation

            (c) Provide good offices, advice and assistance to the Government of the DRC;

            (iii) Security Sector Reform (SSR)

            (d) Provide good offices and strategic and technical advice to the Government of the DRC;

            2. Decides to remain actively seized of the matter.
            """;

        var items = Items(Formula + paragraph);

        Assert.Equal(
            ["Protection of civilians under threat of physical violence by taking all necessary measures to ensure effective, timely, dynamic and integrated protection", "Disarmament, demobilisation, reintegration (DDR) and stabilisation", "Security Sector Reform (SSR)"],
            items.Where(item => IsBold(item.Text)).Select(item => item.Text.PlainText));
        Assert.DoesNotContain(items, item => item.Text.PlainText.StartsWith("Enhance", StringComparison.Ordinal) && IsBold(item.Text));
    }

    [Fact]
    public void A_title_over_its_text_without_a_label_is_set_in_bold()
    {
        // S/RES/2584 (2021), paragraph 28, shortened.
        const string paragraph = """
            1. Decides that MINUSMA's mandate shall include the following secondary tasks:

            (a) Humanitarian assistance

            In support of the Malian authorities, to contribute to the creation of a secure environment for the safe delivery of humanitarian assistance;

            (b) Cooperation with Sanctions Committees

            To assist the Sanctions Committee and the Panel of Experts.
            """;

        var items = Items(Formula + paragraph);

        Assert.Equal(["Humanitarian assistance", "Cooperation with Sanctions Committees"], items.Where(item => IsBold(item.Text)).Select(item => item.Text.PlainText));
    }

    [Fact]
    public void Items_of_one_list_without_punctuation_stay_in_roman()
    {
        // A/RES/77/247 (2022), paragraph 18: two questions, each an item of its list, without a closing mark of their
        // own; A/RES/77/276: a list item that lost its semicolon before the next item of its list.
        const string paragraph = """
            1. Decides to request the Court to render an advisory opinion on the following questions:

            (a) What are the legal consequences arising from the ongoing violation by Israel of the right of the Palestinian people to self-determination

            (b) How do the policies and practices of Israel referred to above affect the legal status of the occupation

            2. Decides to remain seized of the matter.
            """;

        var items = Items(Formula + paragraph);

        Assert.Equal(2, items.Count);
        Assert.DoesNotContain(items, item => IsBold(item.Text));
    }

    [Fact]
    public void A_sentence_item_over_its_own_items_stays_in_roman()
    {
        // An item that ends with a colon or runs on into its items is no title.
        const string paragraph = """
            1. Requests the Secretary-General to include in his reports:

            (a) Information on the following issues:

            (i) The situation of civilians;

            (ii) The delivery of humanitarian assistance;

            (b) An assessment of the progress made.
            """;

        var items = Items(Formula + paragraph);

        Assert.DoesNotContain(items, item => IsBold(item.Text));
    }

    [Fact]
    public void A_title_the_source_already_sets_in_italics_keeps_them()
    {
        const string paragraph = """
            1. Decides that MINUSMA's mandate shall include the following secondary tasks:

            (a) *Humanitarian assistance*

            In support of the Malian authorities, to contribute to the creation of a secure environment;
            """;

        var title = Items(Formula + paragraph)[0];

        Assert.IsType<Emphasis>(Assert.Single(title.Text.Inlines));
    }

    [Fact]
    public void An_imported_mandate_lints_without_finding_on_its_titles()
    {
        // The same S/RES/2666 list as above, read back as a template: the titles draw no subparagraph punctuation
        // finding, the item that lost its semicolon still does.
        const string paragraph = """
            1. Decides that the mandate of MONUSCO shall include the following tasks in priority order:

            (i) Protection of civilians

            (a) Prevent, deter and stop all armed groups and local militias from inflicting violence on the populations;

            (b) Enhance its community engagement with civilians and its use of strategic communications

            (ii) Security Sector Reform (SSR)

            (c) Provide good offices and strategic and technical advice to the Government of the DRC;

            2. Decides to remain actively seized of the matter.
            """;

        var result = UnDocumentImporter.ImportText("S-RES-2666.txt", Formula + paragraph);
        var template = MarkdownRenderer.Render(Assert.Single(result.Texts).Document);
        var findings = DraftingLinter.Lint("S-RES-2666.res.md", template).Where(d => d.Id == "DK3004").ToList();

        var finding = Assert.Single(findings);
        Assert.Contains("(b)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headed_sections_of_a_mandate_get_their_titles_in_italics_and_draw_no_finding()
    {
        // S/RES/2677 (2023), paragraph 3, shortened: the paragraph ends with a semicolon over its headed sections.
        const string paragraph = """
            1. Decides that UNMISS shall have the following mandate, authorizes UNMISS to use all necessary means to implement its mandate, and stresses that the protection of civilians shall be given priority in decisions about the use of available capacity and resources;

            (a) Protection of civilians:

            (i) To use all necessary means to ensure effective, timely, and dynamic protection of civilians under threat of physical violence;

            (ii) To provide specific protection for women and children;

            (b) Creating the conditions conducive to the delivery of humanitarian assistance:

            (i) To contribute to the creation of the conditions for the delivery of humanitarian assistance;

            2. Decides to remain actively seized of the matter.
            """;

        var document = Assert.Single(UnDocumentImporter.ImportText("S-RES-2677.txt", Formula + paragraph).Texts).Document;
        var sections = document.OperativeParagraphs().First().Subparagraphs;
        Assert.All(sections, section => Assert.True(section.Text.Inlines is [Emphasis, TextRun { Text: ":" }], section.Text.PlainText));
        Assert.All(sections.SelectMany(section => section.Items), task => Assert.True(task.Text.Inlines.All(inline => inline is TextRun), task.Text.PlainText));
        var template = MarkdownRenderer.Render(document);
        Assert.DoesNotContain(DraftingLinter.Lint("S-RES-2677.res.md", template), d => d.Id is "DK2003" or "DK3004");
    }

    [Fact]
    public void A_list_whose_items_are_not_all_titles_over_items_keeps_its_words_in_roman()
    {
        // S/RES/2686-like requests: one item with its colon over its own list, the next a task ended by a semicolon.
        const string paragraph = """
            1. Requests the Secretary-General to provide the Council with:

            (a) Include fact-based observations in relation to relevant criteria such as:

            (i) the protection of civilians;

            (ii) the political process;

            (b) Provide an assessment of the security situation;

            2. Decides to remain actively seized of the matter.
            """;

        var items = Items(Formula + paragraph);
        Assert.All(items, item => Assert.True(item.Text.Inlines.All(inline => inline is TextRun), item.Text.PlainText));
    }

    private static List<Subparagraph> Items(string text)
    {
        var result = UnDocumentImporter.ImportText("S-RES.txt", text);
        var document = Assert.Single(result.Texts).Document;
        return Flatten(document.OperativeParagraphs().First().Subparagraphs).ToList();
    }

    private static IEnumerable<Subparagraph> Flatten(EquatableArray<Subparagraph> items) =>
        items.SelectMany(item => new[] { item }.Concat(Flatten(item.Items)));

    private static bool IsBold(InlineText text) => text.Inlines.Count == 1 && text.Inlines[0] is StrongEmphasis;
}
