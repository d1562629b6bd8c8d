using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// The forms an AKN4UN export chooses where the UN's own files differ: how operative subparagraphs are marked up and
/// whether section headings carry their number in <c>num</c>. An imported file's own forms
/// (<see cref="Import.Akn.AknImportResult.SubparagraphForms"/>, <see cref="Import.Akn.AknImportResult.HeadingMarkup"/>)
/// give back an export in the shape of that file.
/// </summary>
/// <param name="Subparagraphs">The form of each operative subparagraph.</param>
/// <param name="Headings">The form of the numbers of section headings; in their text unless given.</param>
public sealed record AknRenderOptions(AknSubparagraphForms Subparagraphs, AknHeadingMarkup Headings = AknHeadingMarkup.InText)
{
    /// <summary>One form for every operative subparagraph.</summary>
    public AknRenderOptions(AknSubparagraphMarkup subparagraphs, AknHeadingMarkup headings = AknHeadingMarkup.InText)
        : this(AknSubparagraphForms.All(subparagraphs), headings)
    {
    }

    /// <summary>
    /// The form of each heading's number, where the text's headings mix forms; every heading in <see cref="Headings"/>
    /// when not given.
    /// </summary>
    public AknHeadingForms? HeadingForms { get; init; }

    /// <summary>
    /// The forms the template records (<c>akn-subparagraphs</c>, <c>akn-subparagraph-forms</c>, <c>akn-headings</c>,
    /// <c>akn-heading-forms</c>): points and numbers in the text where it records none.
    /// </summary>
    public static AknRenderOptions RecordedIn(ResolutionDocument document)
    {
        var headings = document.Header.AknHeadings == "numbered" ? AknHeadingMarkup.Numbered : AknHeadingMarkup.InText;
        return new(AknSubparagraphExceptions.Forms(document, SubparagraphsOf(document.Header)), headings)
        {
            HeadingForms = AknHeadingExceptions.Forms(document, headings),
        };
    }

    private static AknSubparagraphMarkup SubparagraphsOf(DocumentHeader header) => header.AknSubparagraphs switch
    {
        "paragraphs" => AknSubparagraphMarkup.Paragraphs,
        "numbered" => AknSubparagraphMarkup.NumberedParagraphs,
        _ => AknSubparagraphMarkup.Points,
    };
}
