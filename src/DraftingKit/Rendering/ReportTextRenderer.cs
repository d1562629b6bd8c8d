using System.Globalization;
using System.Text;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rendering;

/// <summary>
/// Renders a report as UN-format plain text: the header block (or the chapter of a commission report), headings,
/// numbered report paragraphs (the formulaic ones written from their proceedings), and each recommended text as
/// <see cref="UnTextRenderer"/> prints it under the label the report gives it. Footnotes follow the report kind's
/// scheme: the report's own notes are printed before the next section or recommended text, each text's after the text.
/// </summary>
public static class ReportTextRenderer
{
    /// <summary>The report as UN-format plain text; LF line ends, one blank line between paragraphs.</summary>
    public static string Render(ReportDocument report) => string.Join("\n\n", Paragraphs(report)) + "\n";

    /// <summary>The paragraphs of the report in order (a paragraph may hold several lines, as the masthead does).</summary>
    public static IReadOnlyList<string> Paragraphs(ReportDocument report)
    {
        var layout = ReportLayout.For(report);
        var output = new List<string>();
        Header(report.Header, output);

        var continuous = report.Header.FootnoteScheme == ReportFootnoteScheme.Continuous;
        var reportNotes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var pending = new List<string>();
        var count = 0;

        string Inline(InlineText text)
        {
            var builder = new StringBuilder();
            UnTextRenderer.Append(builder, CrossReferenceTokens.Resolve(text, layout), label =>
            {
                if (!reportNotes.TryGetValue(label, out var number))
                {
                    number = ++count;
                    reportNotes.Add(label, number);
                    pending.Add(label);
                }

                return number;
            });
            return builder.ToString();
        }

        void Flush()
        {
            foreach (var label in pending)
            {
                var footnote = report.Footnotes.FirstOrDefault(f => f.Label == label);
                if (footnote is not null)
                {
                    output.Add(Numerals.ToSuperscript(reportNotes[label]) + " " + Inline(footnote.Text));
                }
            }

            pending.Clear();
        }

        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    if (heading.Level == 1)
                    {
                        Flush();
                    }

                    output.Add(Inline(heading.Text));
                    break;
                case ReportParagraph paragraph:
                    output.Add(Number(layout, block) + Inline(paragraph.Text));
                    break;
                case ProceedingParagraph proceeding:
                    output.Add(Number(layout, block) + Inline(ProceedingNarrative.Write(proceeding.Proceeding, layout)));
                    break;
                case ReportText text:
                    output.Add(Inline(text.Text));
                    break;
                case RecommendedText recommended when recommended.Document is { } document:
                    // The report's notes cited so far print before the text, as they would at the foot of its page.
                    Flush();
                    var shown = document with { Header = document.Header with { Label = layout.LabelOf(recommended) } };
                    var numbering = FootnoteNumbering.For(shown, continuous ? count + 1 : 1);
                    if (continuous)
                    {
                        count += numbering.Count;
                    }

                    var paragraphs = UnTextRenderer.Render(shown, numbering).TrimEnd('\n').Split(new[] { "\n\n" }, System.StringSplitOptions.None).ToList();
                    if (layout.NumberOf(block) is int number)
                    {
                        // A decision of one sentence takes the report's paragraph number (seed 001, draft decision III).
                        var formula = (shown.Header.Label is null ? 0 : 1) + (shown.Header.Title is null ? 0 : 1);
                        if (formula < paragraphs.Count)
                        {
                            paragraphs[formula] = number.ToString(CultureInfo.InvariantCulture) + ". " + paragraphs[formula];
                        }
                    }

                    output.AddRange(paragraphs);
                    break;
            }
        }

        Flush();
        return output;
    }

    /// <summary>The header block of a committee report, or the chapter heading of a commission report.</summary>
    public static IEnumerable<string> HeaderParagraphs(ReportHeader header)
    {
        var output = new List<string>();
        Header(header, output);
        return output;
    }

    private static void Header(ReportHeader header, List<string> output)
    {
        if (header.Chapter is { } chapter)
        {
            output.Add("Chapter " + chapter);
            if (header.ChapterTitle is { } chapterTitle)
            {
                output.Add(chapterTitle);
            }

            return;
        }

        if (header.Distribution is null && header.Issued is null && header.Session is null && header.Committee is null)
        {
            return;
        }

        var masthead = new List<string>();
        if (header.Symbol is { } symbol)
        {
            masthead.Add(symbol);
        }

        masthead.Add(header.Organ.Name);
        if (header.Distribution is { } distribution)
        {
            masthead.Add("Distr.: " + distribution);
        }

        if (header.Issued is { } issued)
        {
            masthead.Add(issued.ToString());
        }

        if (header.OriginalLanguage is { } original)
        {
            // The English version of a text first written in another language says so above the original's name.
            if (original != "English")
            {
                masthead.Add("English");
            }

            masthead.Add("Original: " + original);
        }

        output.Add(string.Join("\n", masthead));
        var session = new List<string>();
        if (header.Session is int number)
        {
            session.Add(Numerals.Capitalize(Numerals.ToOrdinalWords(number)) + " session");
        }

        if (header.AgendaItem is { } item)
        {
            session.Add("Agenda item " + item);
        }

        if (session.Count > 0)
        {
            output.Add(string.Join("\n", session));
        }

        Add(output, header.AgendaTitle);
        Add(output, header.TitleLine);
        if (RapporteurLine(header) is { } rapporteur)
        {
            output.Add(rapporteur.PlainText);
        }
    }

    /// <summary>
    /// The rapporteur's line as the UN prints it, the name in bold: "Rapporteur: <b>Ms. Ana Pérez</b> (Spain)"; null
    /// when the report names no rapporteur.
    /// </summary>
    public static InlineText? RapporteurLine(ReportHeader header)
    {
        if (header.Rapporteur is not { } rapporteur)
        {
            return null;
        }

        var runs = new List<Inline> { new TextRun("Rapporteur: ", SourceSpan.None), new StrongEmphasis(InlineText.Plain(rapporteur), SourceSpan.None) };
        if (header.RapporteurState is { } state)
        {
            runs.Add(new TextRun(" (" + state + ")", SourceSpan.None));
        }

        return InlineText.Of(runs.ToArray());
    }

    private static void Add(List<string> output, string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            output.Add(line!);
        }
    }

    private static string Number(ReportLayout layout, ReportBlock block) =>
        layout.NumberOf(block) is int number ? number.ToString(CultureInfo.InvariantCulture) + ". " : string.Empty;
}
