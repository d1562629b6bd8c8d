using System.IO;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// Renders a document as Akoma Ntoso 3.0 XML in the shape of the UN's AKN4UN files: <c>statement</c> with
/// FRBR identification, a cover page with the header block, the preface (number and title), the preamble
/// (formula and one <c>container</c> per preambular paragraph, named by its lead), the main body (numbered
/// <c>paragraph</c>s, <c>list</c>/<c>point</c> subparagraphs, <c>subheading</c>s), footnotes as
/// <c>authorialNote</c>s where they are referenced, the conclusions (meeting and date) and annexes as
/// attachments. eIds follow the AKN naming convention from the printed numbers (<c>para_8__list_1__point_a</c>),
/// so they stay put when other paragraphs change.
/// </summary>
public static class AknRenderer
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The document as AKN XML (UTF-8 without a byte order mark, LF line ends), in the forms its template records.</summary>
    public static string Render(ResolutionDocument document) => Render(document, AknRenderOptions.RecordedIn(document));

    /// <summary>
    /// The document as AKN XML, its subparagraphs and section-heading numbers in the forms given (those of the UN file
    /// it was imported from, say).
    /// </summary>
    public static string Render(ResolutionDocument document, AknRenderOptions options)
    {
        using var output = new MemoryStream();
        Write(document, output, options);
        return new System.Text.UTF8Encoding(false).GetString(output.ToArray());
    }

    /// <summary>Writes the document as AKN XML to <paramref name="output"/>, in the forms its template records.</summary>
    public static void Write(ResolutionDocument document, Stream output) => Write(document, output, AknRenderOptions.RecordedIn(document));

    /// <summary>Writes the document as AKN XML to <paramref name="output"/>, in the forms given.</summary>
    public static void Write(ResolutionDocument document, Stream output, AknRenderOptions options)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new System.Text.UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            new AknDocumentWriter(xml, document, options).Write();
        }

        output.WriteByte((byte)'\n');
    }
}
