using DraftingKit.Import;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering.Akn;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a text the resolution adopts inside itself (a declaration after "Adopts the following declaration:", a
/// declaration or a convention in the annex, with its own title, formula and numbered paragraphs) reads back from
/// plain text and from AKN as the template reader has it. Arranged with excerpts of 75/1, 76/1, 76/7 and 77/100.
/// </summary>
public sealed class AdoptedTextImportTests
{
    private const string Header = """
        A/RES/76/7
        General Assembly
        Distr.: General
        23 November 2021

        Seventy-sixth session
        Agenda item 108
        Crime prevention and criminal justice

        Resolution adopted by the General Assembly on 22 November 2021

        [without reference to a Main Committee (A/76/L.11)]

        76/7. 2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons


        """;

    private static ResolutionDocument ImportOne(string body)
    {
        var result = UnDocumentImporter.ImportText("fragment.txt", Header + body.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Texts).Document;
    }

    [Fact]
    public void Declaration_adopted_in_the_body_opens_the_operative_part_under_its_title()
    {
        // 75/1: "Adopts the following declaration:", the declaration's title, its numbered paragraphs and "* * *".
        var document = ImportOne("""
            The General Assembly

            Adopts the following declaration:

            Declaration on the commemoration of the seventy-fifth anniversary of the United Nations

            1. We, the Heads of State and Government representing the peoples of the world, have gathered on 21 September 2020 at the high-level meeting of the General Assembly to commemorate the seventy-fifth anniversary of the United Nations.

            2. Born out of the horrors of the Second World War, the United Nations, as a common endeavour for humanity, was established to save succeeding generations from the scourge of war.

            * * *

            3. We will leave no one behind. The next 10 years, which have been designated as the decade of action and delivery for sustainable development, will be the most critical of our generation.

            3rd plenary meeting
            21 September 2020
            """);

        var part = document.Parts[0];
        Assert.Empty(part.Preamble);
        var opening = Assert.IsType<OperativeParagraph>(part.OperativePart[0]);
        Assert.Null(opening.Number);
        Assert.Equal("Adopts", opening.Lead);
        Assert.Equal("Declaration on the commemoration of the seventy-fifth anniversary of the United Nations", Assert.IsType<Heading>(part.OperativePart[1]).Text.PlainText);
        Assert.Equal(new int?[] { 1, 2, 3 }, document.OperativeParagraphs().Where(p => p.Number is not null).Select(p => p.Number).ToArray());
        Assert.Equal("* * *", Assert.IsType<Heading>(part.OperativePart[4]).Text.PlainText);
    }

    [Fact]
    public void Declaration_opening_with_its_own_formula_keeps_the_formula_as_its_first_paragraph()
    {
        // 76/1: the title, then "We, Heads of State and Government …" unnumbered, then the declaration's paragraph 1.
        var document = ImportOne("""
            The General Assembly

            Adopts the following political declaration of the high-level meeting of the General Assembly to commemorate the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action:

            United against racism, racial discrimination, xenophobia and related intolerance

            We, Heads of State and Government and representatives of States and Governments, gathered at United Nations Headquarters in New York on 22 September 2021,

            1. Reaffirm that the Durban Declaration and Programme of Action, adopted in 2001, and the outcome document of the Durban Review Conference, adopted in 2009, provide a comprehensive framework;

            2. Also reaffirm that racism, racial discrimination, xenophobia and related intolerance constitute a negation of the purposes and principles of the Charter of the United Nations.
            """);

        var operative = document.Parts[0].OperativePart;
        Assert.Empty(document.Parts[0].Preamble);
        Assert.IsType<OperativeParagraph>(operative[0]);
        Assert.Equal("United against racism, racial discrimination, xenophobia and related intolerance", Assert.IsType<Heading>(operative[1]).Text.PlainText);
        Assert.StartsWith("We, Heads of State and Government", Assert.IsType<TextParagraph>(operative[2]).Text.PlainText, StringComparison.Ordinal);
        Assert.Equal(1, Assert.IsType<OperativeParagraph>(operative[3]).Number);
    }

    [Fact]
    public void Annex_after_the_single_paragraph_that_adopts_it_holds_the_declaration()
    {
        // 76/7: one unnumbered paragraph adopting the declaration "annexed to the present resolution", then the annex.
        var document = ImportOne("""
            The General Assembly

            Adopts the political declaration entitled “2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons” annexed to the present resolution.

            37th plenary meeting
            22 November 2021

            Annex

            2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons

            1. We, the States Members of the United Nations, reaffirm the United Nations Global Plan of Action to Combat Trafficking in Persons and our commitments made therein.

            2. We recall and reaffirm our commitments to the 2030 Agenda for Sustainable Development.
            """);

        var single = Assert.Single(document.OperativeParagraphs());
        Assert.Null(single.Number);
        Assert.Empty(document.Parts[0].Preamble);
        var annex = Assert.Single(document.Annexes);
        Assert.Equal("Annex", annex.Label);
        Assert.StartsWith("2021 Political Declaration", annex.Title!.PlainText, StringComparison.Ordinal);
        Assert.Equal(new[] { "1", "2" }, annex.Blocks.OfType<TextParagraph>().Select(p => p.Label).ToArray());
    }

    [Fact]
    public void Convention_in_the_annex_keeps_its_own_formula_and_annexes()
    {
        // 77/100: the convention's title over "The States Parties to this Convention,", and the convention's own
        // "Annex I" after the resolution's only "Annex".
        var document = ImportOne("""
            The General Assembly,

            Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United Nations Commission on International Trade Law,

            1. Adopts the United Nations Convention on the International Effects of Judicial Sales of Ships, contained in the annex to the present resolution;

            47th plenary meeting
            7 December 2022

            Annex

            United Nations Convention on the International Effects of Judicial Sales of Ships

            The States Parties to this Convention,

            Reaffirming their belief that international trade on the basis of equality and mutual benefit is an important element in promoting friendly relations among States,

            Have agreed as follows:

            DONE in a single original, of which the Arabic, Chinese, English, French, Russian and Spanish texts are equally authentic.

            Annex I

            Minimum information to be contained in the notice of judicial sale

            1. Statement that the notice of judicial sale is given for the purposes of the Convention.
            """);

        var annex = Assert.Single(document.Annexes);
        Assert.Equal("United Nations Convention on the International Effects of Judicial Sales of Ships", annex.Title!.PlainText);
        Assert.Equal("The States Parties to this Convention,", Assert.IsType<TextParagraph>(annex.Blocks[0]).Text.PlainText);
        Assert.Contains(annex.Blocks, block => block is Heading { Text.PlainText: "Annex I" });
    }

    [Fact]
    public void Numbered_annexes_of_a_resolution_stay_annexes_of_their_own()
    {
        // 77/335: "Annex I" and "Annex II" are the resolution's own annexes; only a bare "Annex" holds another text's.
        var document = ImportOne("""
            The General Assembly,

            Recalling its resolution 75/325 of 10 September 2021,

            1. Notes that the Secretary-General-designate shall take an oath of office before the General Assembly, as detailed in annex I to the present resolution;

            99th plenary meeting
            1 September 2023

            Annex I

            Oath of office of the Secretary-General

            I, [name], solemnly swear to exercise in all loyalty, discretion and conscience the functions entrusted to me as Secretary-General of the United Nations.

            Annex II

            Voluntary pledge on limiting side events

            We, the signatories, pledge:
            """);

        Assert.Equal(new[] { "Annex I", "Annex II" }, document.Annexes.Select(a => a.Label).ToArray());
        Assert.Equal("Oath of office of the Secretary-General", document.Annexes[0].Title!.PlainText);
        Assert.StartsWith("I, [name], solemnly swear", Assert.IsType<TextParagraph>(Assert.Single(document.Annexes[0].Blocks)).Text.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_after_an_adopting_paragraph_that_announces_nothing_stays_a_heading_of_the_operative_part()
    {
        // An ordinary heading over numbered paragraphs after an unnumbered "Adopts …;" that announces no text: the
        // paragraphs after it are the resolution's own, with their leads.
        var document = ImportOne("""
            The General Assembly,

            Recalling its resolution 73/6 of 26 October 2018,

            1. Adopts the report of the Committee on the Peaceful Uses of Outer Space;

            Space and sustainable development

            2. Requests the Secretary-General to report to it at its seventy-seventh session.
            """);

        var part = document.Parts[0];
        Assert.Single(part.Preamble);
        Assert.Equal("Recalling", Assert.IsType<PreambularParagraph>(part.Preamble[0]).Lead);
        Assert.Equal("Space and sustainable development", Assert.IsType<Heading>(part.OperativePart[1]).Text.PlainText);
        Assert.Equal(new[] { "Adopts", "Requests" }, document.OperativeParagraphs().Select(p => p.Lead).ToArray());
    }

    [Fact]
    public void Separator_of_stars_is_no_italics_but_italics_still_are()
    {
        Assert.Equal("* * *", InlineParser.Parse("* * *", SourceSpan.None).PlainText);
        var lead = InlineParser.Parse("*Recalling* its resolution 75/1,", SourceSpan.None);
        Assert.Equal("Recalling", lead.ItalicLead);
    }

    [Fact]
    public void Annex_label_and_title_written_in_the_AKN_preface_read_back()
    {
        // 77/289: the declaration in the annex opens with its numbered paragraph 1; its title must not be lost.
        var path = RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-77-289.res.md");
        var original = TemplateReader.ReadFile(path).Document;

        var imported = AknImporter.Import(path, AknRenderer.Render(original)).Document;

        var annex = Assert.Single(imported.Annexes);
        Assert.Equal(original.Annexes[0].Label, annex.Label);
        Assert.Equal(original.Annexes[0].Title!.PlainText, annex.Title!.PlainText);
        Assert.Equal(original.Annexes[0].Blocks.Count, annex.Blocks.Count);
    }
}
