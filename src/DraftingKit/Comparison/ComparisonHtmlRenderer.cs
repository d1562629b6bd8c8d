using System.Net;
using System.Text;
using DraftingKit.Rendering;

namespace DraftingKit.Comparison;

/// <summary>
/// A comparison as one self-contained HTML page in the layout of <see cref="HtmlRenderer"/>: the summary, every unit
/// with its insertions in <c>&lt;ins&gt;</c> and deletions in <c>&lt;del&gt;</c>, whole new or deleted paragraphs
/// marked as such, and the footnotes compared after the text.
/// </summary>
public static class ComparisonHtmlRenderer
{
    private const string ComparisonStyles = @"
ins { color: #005a9c; text-decoration: underline; background: #eef6ff; }
del { color: #b00020; text-decoration: line-through; background: #fff0f0; }
.summary { border: 1px solid #888; padding: 0.5em 1em; margin-bottom: 2em; font-family: sans-serif; font-size: 0.9em; }
.change-note { font-family: sans-serif; font-size: 0.75em; color: #555; margin-right: 0.5em; }
.sub1 { margin-left: 2.5em; } .sub2 { margin-left: 5em; } .sub3 { margin-left: 7.5em; }
";

    /// <summary>The comparison as an HTML page (UTF-8 text, LF line ends).</summary>
    public static string Render(TextComparison comparison)
    {
        var numbers = new NoteNumbers(comparison);
        var marks = new MarkedInline
        {
            Insertion = ("<ins>", "</ins>"),
            Deletion = ("<del>", "</del>"),
            Italic = ("<i>", "</i>"),
            Bold = ("<b>", "</b>"),
            Escape = text => WebUtility.HtmlEncode(XmlText.Safe(text)),
            Note = number => "<sup><a class=\"footnote-ref\" href=\"#note-" + number + "\">" + number + "</a></sup>",
            Tab = "\u2003",
            Break = "<br />",
        };
        var heading = WebUtility.HtmlEncode(XmlText.Safe(comparison.Heading));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
            .Append(heading)
            .Append("</title>\n<style>")
            .Append(HtmlRenderer.StyleSheet)
            .Append(ComparisonStyles)
            .Append("</style>\n</head>\n<body>\n<section class=\"summary\">\n<h1>")
            .Append(heading)
            .Append("</h1>\n<ul>\n");
        foreach (var section in comparison.Sections)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(section.ToString())).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n<main>\n");
        foreach (var unit in comparison.Units)
        {
            html.Append("<p class=\"").Append(CssClass(unit.Shown.Style)).Append("\">");
            WriteUnit(html, unit, marks, numbers);
            html.Append("</p>\n");
        }

        html.Append("</main>\n");
        if (numbers.Ordered.Count > 0)
        {
            html.Append("<section class=\"footnotes\">\n<ol>\n");
            foreach (var key in numbers.Ordered)
            {
                if (comparison.Notes.TryGetValue(key, out var note))
                {
                    html.Append("<li id=\"note-").Append(numbers.Of(key)).Append("\" value=\"").Append(numbers.Of(key)).Append("\">");
                    WriteUnit(html, note, marks, numbers);
                    html.Append("</li>\n");
                }
            }

            html.Append("</ol>\n</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteUnit(StringBuilder html, AlignedUnit unit, MarkedInline marks, NoteNumbers numbers)
    {
        if (unit.Note is { } note)
        {
            html.Append("<span class=\"change-note\">").Append(WebUtility.HtmlEncode(note)).Append("</span>");
        }

        var inserted = unit.Kind is ChangeKind.New or ChangeKind.Moved;
        var deleted = unit.Kind is ChangeKind.Deleted or ChangeKind.MovedAway;
        html.Append(inserted ? "<ins>" : deleted ? "<del>" : string.Empty);
        marks.Write(html, unit.LabelEdits, numbers, marked: !inserted && !deleted);
        marks.Write(html, unit.Edits, numbers, marked: !inserted && !deleted);
        html.Append(inserted ? "</ins>" : deleted ? "</del>" : string.Empty);
    }

    /// <summary>The class of <see cref="HtmlRenderer"/>'s style sheet for a unit printed in the Word style <paramref name="style"/>.</summary>
    private static string CssClass(string style) => style switch
    {
        DocxStyles.Symbol => "symbol",
        DocxStyles.Organ => "organ",
        DocxStyles.Session => "session",
        DocxStyles.AgendaTitle => "agenda-title",
        DocxStyles.AdoptionLine => "adoption",
        DocxStyles.ReferenceLine => "reference",
        DocxStyles.DraftLabel => "draft-label",
        DocxStyles.Title or DocxStyles.UnnumberedTitle => "title",
        DocxStyles.Formula => "formula",
        DocxStyles.Preambular => "preambular",
        DocxStyles.Operative or DocxStyles.NumberedParagraph => "numbered",
        DocxStyles.TextParagraph => "text",
        DocxStyles.Closing => "closing",
        DocxStyles.AnnexLabel => "annex-label",
        DocxStyles.AnnexTitle => "annex-title",
        DocxStyles.PartDesignation => "part-designation",
        DocxStyles.PartTitle => "part-title",
        _ when style.StartsWith(DocxStyles.Subparagraph, System.StringComparison.Ordinal) => "numbered sub" + style.Substring(DocxStyles.Subparagraph.Length),
        _ => "text",
    };
}
