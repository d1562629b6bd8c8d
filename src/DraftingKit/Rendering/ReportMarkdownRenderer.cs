using System.Globalization;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rendering;

/// <summary>
/// Renders a report as one Markdown document: the masthead, the report's headings and numbered paragraphs (the
/// formulaic ones written from their proceedings), and each recommended text as <see cref="MarkdownRenderer"/>
/// writes its body, under the label the report gives it. It is a rendering, not a template: the texts are written
/// out, not included by reference.
/// </summary>
/// <remarks>
/// Footnote labels are the printed numbers of the report kind's scheme. Markdown needs every label once in a
/// document, so where the scheme restarts each text at 1 (a committee report) a text's labels carry its label as a
/// prefix ("[^draft-resolution-I-1]"); the report's own notes, and all notes of a commission report, are plain
/// numbers. The report's notes are defined before the next recommended text, each text's after the text.
/// </remarks>
public static class ReportMarkdownRenderer
{
    /// <summary>How many levels the headings of a recommended text go below the report's own (label at level 3).</summary>
    private const int TextHeadingOffset = 3;

    /// <summary>The report as Markdown; LF line ends, one blank line between blocks.</summary>
    public static string Render(ReportDocument report) => string.Join("\n\n", Blocks(report)) + "\n";

    /// <summary>The Markdown blocks of the report in order.</summary>
    public static IReadOnlyList<string> Blocks(ReportDocument report)
    {
        var layout = ReportLayout.For(report);
        var output = new List<string>();
        Masthead(report.Header, output);

        var continuous = report.Header.FootnoteScheme == ReportFootnoteScheme.Continuous;
        foreach (var item in ReportFlow.Of(report, layout))
        {
            if (item is not RecommendedFlowItem recommended)
            {
                output.AddRange(MarkdownRenderer.BodyBlocks(item.Document, item.Numbering, string.Empty, -1));
                continue;
            }

            var label = layout.LabelOf(recommended.Recommended);
            if (label is not null)
            {
                output.Add(new string('#', TextHeadingOffset) + " " + label);
            }

            if (recommended.Document.Header.Title is { } title)
            {
                output.Add(new string('#', TextHeadingOffset + 1) + " " + MarkdownRenderer.Inline(InlineText.Plain(title)));
            }

            var prefix = continuous ? string.Empty : LabelPrefix(label ?? recommended.Recommended.Id);
            var body = MarkdownRenderer.BodyBlocks(recommended.Document, recommended.Numbering, prefix, TextHeadingOffset + 1).ToList();
            if (recommended.ParagraphNumber is int number && body.Count > 0)
            {
                // A decision of one sentence takes the report's paragraph number (seed 001, draft decision III).
                body[0] = number.ToString(CultureInfo.InvariantCulture) + ". " + body[0];
            }

            output.AddRange(body);
        }

        return output;
    }

    /// <summary>"Draft resolution I" → "draft-resolution-I-": a footnote label prefix that no other text shares.</summary>
    private static string LabelPrefix(string label) =>
        string.Join("-", label.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).Select((word, i) => i == 0 ? word.ToLowerInvariant() : word)) + "-";

    /// <summary>
    /// The masthead paragraphs as <see cref="ReportTextRenderer"/> prints them, lines kept apart by hard line breaks,
    /// and the title line ("Report of the Third Committee") in bold.
    /// </summary>
    private static void Masthead(ReportHeader header, List<string> output)
    {
        foreach (var paragraph in ReportTextRenderer.HeaderParagraphs(header))
        {
            // Each line escaped as a paragraph start of its own: a line after a hard break can open a list too.
            var text = string.Join("\\\n", paragraph.Split('\n').Select(MarkdownRenderer.PlainParagraph));
            output.Add(paragraph == header.TitleLine ? "**" + text + "**" : text);
        }
    }
}
