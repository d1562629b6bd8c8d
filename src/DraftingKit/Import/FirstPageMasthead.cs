using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// The masthead the UN's own template sets in the first page's header, not in the text: a document with a distinct
/// first page (<c>w:titlePg</c>) prints there a table of "United Nations" over the symbol ("A/RES/77/1") beside the
/// emblem, then the organ ("General Assembly") and "Distr.: General" over the date of issue. Those fields are the
/// document's header block, which the import reads from the text's first lines; the rest of that header (the UN's name,
/// the emblem, a rule) is the page's furniture, left out as every running head and foot is (the later pages' symbol and
/// "2/4", the first page's job number "22-25064 (E)" and barcode). A line is kept by what it says (a symbol, an organ's
/// name, a distribution, a date, the original's language), read as the header's own reading reads them.
/// </summary>
internal static class FirstPageMasthead
{
    /// <summary>The masthead's header fields, one a line in reading order (a table row by row); none where the first page has no header of its own.</summary>
    public static IReadOnlyList<string> Lines(MainDocumentPart main, Body body)
    {
        var section = body.Descendants<SectionProperties>().FirstOrDefault();
        if (section?.GetFirstChild<TitlePage>() is not { } titlePage || titlePage.Val?.Value == false)
        {
            return Array.Empty<string>();
        }

        var reference = section.Elements<HeaderReference>().FirstOrDefault(header => header.Type?.Value == HeaderFooterValues.First);
        if (reference?.Id?.Value is not { } id || !main.TryGetPartById(id, out var part) || part is not HeaderPart { Header: { } header })
        {
            return Array.Empty<string>();
        }

        TextBoxes.ChooseOne(header);
        return Fields(header);
    }

    /// <summary>
    /// The header fields of a table that stands at the top of the text, before its first paragraph, where it holds a
    /// document symbol and the organ's name or the distribution: the same masthead, set in the text's first page rather
    /// than in its header; its other words (the UN's name beside the emblem) are that page's furniture. Null for any
    /// other table, which is read as a table.
    /// </summary>
    public static IReadOnlyList<string>? OfTable(DocumentFormat.OpenXml.Wordprocessing.Table table)
    {
        var fields = Fields(table);
        return fields.Any(AdoptedResolutionReader.IsSymbol)
            && fields.Any(line => HeaderReading.TryOrgan(line, out _, out _) || HeaderReading.TryDistribution(line, out _, out _))
            ? fields
            : null;
    }

    private static List<string> Fields(OpenXmlElement root)
    {
        var lines = new List<string>();
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            foreach (var line in LinesOf(paragraph))
            {
                if (IsHeaderField(line))
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    /// <summary>A paragraph's own printed lines (a line break parts them; a text box anchored in it is a paragraph of its own).</summary>
    private static IEnumerable<string> LinesOf(Paragraph paragraph)
    {
        var line = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element.Ancestors<Paragraph>().FirstOrDefault() != paragraph)
            {
                continue;
            }

            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    line.Append(text.Text);
                    break;
                case TabChar or NoBreakHyphen when element.Parent is Run:
                    line.Append(element is TabChar ? ' ' : '\u2011');
                    break;
                case Break or CarriageReturn:
                    yield return line.ToString().Trim();
                    line.Clear();
                    break;
            }
        }

        yield return line.ToString().Trim();
    }

    private static bool IsHeaderField(string line) =>
        line.Length > 0
        && (AdoptedResolutionReader.IsSymbol(line)
            || HeaderReading.TryOrgan(line, out _, out _)
            || HeaderReading.TryDistribution(line, out _, out _)
            || HeaderReading.TryDate(line, out _, out _)
            || HeaderReading.TryOriginal(line, out _, out _));
}
