using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The outlines the import figures compare: the UN's side drops what plain text cannot print (spaces at a
/// paragraph's ends), the side an import read keeps it, so that a space the import adds is a difference.
/// </summary>
public sealed class CarriedModelTests
{
    private const string Template = """
        ---
        kind: resolution
        status: adopted
        organ: General Assembly
        symbol: A/RES/75/83
        number: 75/83
        session: 75
        adopted: 2020-12-07
        title: Report of the Conference on Disarmament
        meeting: 37th plenary meeting
        ---

        *The General Assembly*,

        1. *Affirms* its decisions 74/545, 74/559 and 74/566;
        """;

    private static ResolutionDocument WithParagraphEnds(string before, string after)
    {
        var document = TemplateReader.Read("A-RES-75-83.res.md", Template).Document;
        var part = document.Parts[0];
        var paragraph = (OperativeParagraph)part.OperativePart[0];
        var text = new InlineText(EquatableArray.From(new Inline[] { new TextRun(before, SourceSpan.None) }.Concat(paragraph.Text.Inlines).Append(new TextRun(after, SourceSpan.None))));
        return document with { Parts = EquatableArray.From(new[] { part with { OperativePart = EquatableArray.From(new BodyBlock[] { paragraph with { Text = text } }) } }) };
    }

    [Fact]
    public void The_UN_side_drops_the_spaces_at_a_paragraphs_ends()
    {
        var plain = WithParagraphEnds(string.Empty, string.Empty);

        Assert.Equal(CarriedModel.AsPlainText(plain), CarriedModel.AsPlainText(WithParagraphEnds(" ", "  ")));
    }

    [Fact]
    public void The_side_an_import_read_keeps_them()
    {
        var plain = WithParagraphEnds(string.Empty, string.Empty);

        Assert.NotEqual(CarriedModel.AsPlainText(plain), CarriedModel.AsPlainTextAsRead(WithParagraphEnds("     ", string.Empty)));
        Assert.NotEqual(CarriedModel.AsPrintedText(plain), CarriedModel.AsPrintedTextAsRead(WithParagraphEnds(string.Empty, " ")));
        Assert.Equal(CarriedModel.AsPlainText(plain), CarriedModel.AsPlainTextAsRead(plain));
    }
}
