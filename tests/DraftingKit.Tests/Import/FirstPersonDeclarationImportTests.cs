using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A declaration the resolution adopts in its own body, under its decision and the declaration's title: from its
/// formula in the first person on ("We, Heads of State and Government …,") the States speak, their verbs in the base
/// form, and the UN prints every paragraph in roman. The importer sets no lead in italics there, where it restores a
/// resolution's own leads (A/RES/76/1).
/// </summary>
public sealed class FirstPersonDeclarationImportTests
{
    private static string Text(params string[] body) => string.Join("\n", new[]
    {
        "A/RES/76/1",
        "General Assembly",
        "Distr.: General",
        "23 September 2021",
        string.Empty,
        "Seventy-sixth session",
        "Agenda item 72 (b)",
        "Elimination of racism, racial discrimination, xenophobia and related intolerance",
        string.Empty,
        "Resolution adopted by the General Assembly on 22 September 2021",
        string.Empty,
        "[without reference to a Main Committee (A/76/L.2)]",
        string.Empty,
        "76/1. United against racism, racial discrimination, xenophobia and related intolerance",
        string.Empty,
        "The General Assembly",
        string.Empty,
    }.Concat(body.SelectMany(paragraph => new[] { paragraph, string.Empty })).Concat(new[] { "5th plenary meeting", "22 September 2021" }));

    private static DocumentPart ImportOne(string text) =>
        Assert.Single(Assert.Single(UnDocumentImporter.ImportText("A-RES-76-1.txt", text).Texts).Document.Parts);

    private static IEnumerable<InlineText> Texts(DocumentPart part) =>
        part.Preamble.Concat(part.OperativePart).Select(block => block switch
        {
            PreambularParagraph paragraph => paragraph.Text,
            OperativeParagraph paragraph => paragraph.Text,
            TextParagraph paragraph => paragraph.Text,
            _ => InlineText.Empty,
        }).Where(text => !text.IsEmpty);

    [Fact]
    public void A_declaration_in_the_first_person_keeps_its_paragraphs_in_roman()
    {
        var part = ImportOne(Text(
            "Adopts the following political declaration of the high-level meeting of the General Assembly to commemorate the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action:",
            "United against racism, racial discrimination, xenophobia and related intolerance",
            "We, Heads of State and Government and representatives of States and Governments, gathered at United Nations Headquarters in New York on 22 September 2021,",
            "1. Reaffirm that the Durban Declaration and Programme of Action provide a comprehensive United Nations framework;",
            "2. Also reaffirm that racism, racial discrimination, xenophobia and related intolerance constitute a negation of the purposes and principles of the Charter;",
            "16. Firmly believe that sustainable development is crucial to prevent acts of racism;",
            "17. Call upon all States to fully commit themselves to the elimination of all racism."));

        var texts = Texts(part).ToList();
        Assert.Equal("Adopts", texts[0].ItalicLead);
        var declaration = texts.SkipWhile(text => !text.PlainText.StartsWith("We,", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, declaration.Count);
        Assert.All(declaration, text => Assert.Null(text.ItalicLead));
    }

    [Fact]
    public void A_declaration_numbered_from_its_formula_keeps_its_paragraphs_in_roman()
    {
        // A/RES/75/1: the formula is the declaration's first numbered paragraph.
        var part = ImportOne(Text(
            "Adopts the following declaration:",
            "Declaration on the commemoration of the seventy-fifth anniversary of the United Nations",
            "1. We, the Heads of State and Government representing the peoples of the world, have gathered on 21 September 2020 to commemorate the seventy-fifth anniversary of the United Nations.",
            "2. Born out of the horrors of the Second World War, the United Nations was established to save succeeding generations from the scourge of war."));

        var numbered = part.OperativePart.OfType<OperativeParagraph>().Where(paragraph => paragraph.Number is not null).ToList();
        Assert.Equal(2, numbered.Count);
        Assert.Contains(Texts(part), text => text.ItalicLead == "Adopts");
        Assert.All(numbered, paragraph => Assert.Null(paragraph.Text.ItalicLead));
    }

    [Fact]
    public void A_resolutions_own_paragraphs_still_get_their_leads()
    {
        var part = ImportOne(Text(
            "Recalling its resolution 66/3 of 22 September 2011,",
            "1. Reaffirms that the Durban Declaration and Programme of Action provide a comprehensive United Nations framework;",
            "2. Decides to convene a high-level meeting in 2031."));

        Assert.Equal(new[] { "Recalling", "Reaffirms", "Decides" }, Texts(part).Select(text => text.ItalicLead));
    }

    [Fact]
    public void We_inside_a_sentence_is_no_formula()
    {
        // "We" opens a formula only before its comma: a paragraph quoting the Charter's "We the peoples" is the resolution's.
        var part = ImportOne(Text(
            "Recalling the words \"We the peoples of the United Nations\" that open the Charter,",
            "1. Reaffirms that the Durban Declaration and Programme of Action provide a comprehensive United Nations framework."));

        Assert.Equal(new[] { "Recalling", "Reaffirms" }, Texts(part).Select(text => text.ItalicLead));
    }
}
