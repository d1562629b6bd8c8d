using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A schedule's days under the chapeau that sets them out ("Further decides that the plenary meetings will be held as
/// follows:" / "Monday, 27 May: …"): the UN's files set each day as a paragraph without a number beside the numbered
/// one (A/RES/75/212, 75/326, 77/328), and the template reader reads them so; the import gives the same model from the
/// reading order and from a text with blank lines, not the chapeau's unlabelled items.
/// </summary>
public sealed class ScheduleEntryImportTests
{
    private const string Header =
        "A/RES/77/328\nGeneral Assembly\nDistr.: General\n1 September 2023\n\nSeventy-seventh session\n\n"
        + "Resolution adopted by the General Assembly on 25 August 2023\n\n"
        + "77/328. Further modalities of the fourth International Conference on Small Island\nDeveloping States\n";

    // A/RES/77/328, paragraphs 3 and 4, in a PDF's reading order: no blank line between paragraphs, the number alone.
    private const string ReadingOrder = """
        The General Assembly,
        Recalling its resolution 77/242 of 28 December 2022,
        1.

        Decides that the conference will be held in Antigua and Barbuda from 27 to 30 May 2024;
        2.

        Further decides that the plenary meetings will be held as follows:
        Monday, 27 May: from 10 a.m. to 1 p.m., including an opening segment from 10 to 11 a.m.,
        and from 3 to 6 p.m.;
        Tuesday, 28 May: from 9 a.m. to 1 p.m. and from 3 to 6 p.m.;
        Thursday, 30 May: from 11 a.m. to 1 p.m.
        3.

        Decides that the interactive dialogues will be held on Monday, 27 May, and Tuesday,
        28 May, in the afternoon.
        """;

    private static List<BodyBlock> Operative(string body)
    {
        var result = UnDocumentImporter.ImportText("A-RES-77-328.txt", Header + body);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DK0102");
        return Assert.Single(result.Texts).Document.Parts[0].OperativePart.ToList();
    }

    private static string Shape(BodyBlock block) => block switch
    {
        OperativeParagraph p => "operative " + p.Number + " with " + p.Subparagraphs.Count + " items",
        TextParagraph p => "text: " + p.Text.PlainText.Trim(),
        _ => block.GetType().Name,
    };

    [Fact]
    public void A_schedules_days_are_paragraphs_of_their_own_beside_the_chapeau()
    {
        Assert.Equal(
            new[]
            {
                "operative 1 with 0 items",
                "operative 2 with 0 items",
                "text: Monday, 27 May: from 10 a.m. to 1 p.m., including an opening segment from 10 to 11 a.m., and from 3 to 6 p.m.;",
                "text: Tuesday, 28 May: from 9 a.m. to 1 p.m. and from 3 to 6 p.m.;",
                "text: Thursday, 30 May: from 11 a.m. to 1 p.m.",
                "operative 3 with 0 items",
            },
            Operative(ReadingOrder).Select(Shape).ToArray());
    }

    [Fact]
    public void The_days_set_apart_by_blank_lines_give_the_same_model()
    {
        var laidOut = string.Join("\n\n", FlowingText.Paragraphs(ReadingOrder, LeadVocabulary.Default).Split("\n\n").Select(p => p.Trim()));

        Assert.Equal(Operative(ReadingOrder).Select(Shape), Operative(laidOut).Select(Shape));
    }

    [Fact]
    public void The_template_reader_reads_the_days_as_the_import_gives_them()
    {
        var template = """
            ---
            kind: resolution
            ---

            *The General Assembly*,

            1. *Further decides* that the plenary meetings will be held as follows:

            Monday, 27 May: from 10 a.m. to 1 p.m.;

            Tuesday, 28 May: from 9 a.m. to 1 p.m.

            2. *Decides* that the interactive dialogues will be held in the afternoon.
            """;

        var read = TemplateReader.Read("A-RES-77-328.res.md", template).Document.Parts[0].OperativePart;

        Assert.Equal(new[] { "operative 1 with 0 items", "text: Monday, 27 May: from 10 a.m. to 1 p.m.;", "text: Tuesday, 28 May: from 9 a.m. to 1 p.m.", "operative 2 with 0 items" }, read.Select(Shape).ToArray());
    }

    [Fact]
    public void Lines_under_a_chapeau_that_name_no_day_stay_its_items()
    {
        // 001 resolution 26/4: a chapeau's unlabelled lines, set apart by blank lines, are its list.
        var blocks = Operative("""
            The General Assembly,

            Recalling its resolution 77/242 of 28 December 2022,

            1. Decides that the conference will be held in Antigua and Barbuda from 27 to 30 May 2024;

            2. Further decides that the report will be structured as follows:

            Chapter 3: Legislation and frameworks

            Chapter 4: Prevention

            3. Decides that the interactive dialogues will be held in the afternoon.
            """);

        Assert.Equal(new[] { "operative 1 with 0 items", "operative 2 with 2 items", "operative 3 with 0 items" }, blocks.Select(Shape).ToArray());
    }

    [Fact]
    public void A_day_named_inside_a_sentence_opens_no_paragraph()
    {
        // The chapeau's sentence goes on to a weekday and its date: no colon after the date, so no schedule's day.
        var blocks = Operative("""
            The General Assembly,
            Recalling its resolution 77/242 of 28 December 2022,
            1.

            Decides that the conference will be held in Antigua and Barbuda from 27 to 30 May 2024;
            2.

            Further decides that the opening segment will be held on
            Monday, 27 May: from 10 to 11 a.m.;
            3.

            Decides that the interactive dialogues will be held in the afternoon.
            """);

        Assert.Equal(new[] { "operative 1 with 0 items", "operative 2 with 0 items", "operative 3 with 0 items" }, blocks.Select(Shape).ToArray());
        Assert.EndsWith("held on Monday, 27 May: from 10 to 11 a.m.;", ((OperativeParagraph)blocks[1]).Text.PlainText.Trim(), StringComparison.Ordinal);
    }
}
