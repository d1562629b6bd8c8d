using System.Globalization;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK3001: operative paragraphs are numbered 1, 2, 3 … without gaps or repeats, continuing across headings or
/// starting again at 1 after one (the sections of a budget resolution); each part of a multi-part resolution
/// starts again at 1. The fix renumbers the paragraphs from the first slip.
/// </summary>
internal sealed class OperativeNumberingRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.OperativeNumbering, "operative-numbering", RuleCategory.Numbering, DraftingSeverity.Error,
        "Operative paragraphs not numbered consecutively",
        "Operative paragraph {0} follows paragraph {1}; number it {2} (operative paragraphs run 1, 2, 3 … without gaps or repeats)",
        fix: DraftingFix.Always("Renumber the operative paragraphs", "Yes: the paragraphs are renumbered consecutively from the first slip. References such as \"paragraph 5 above\" are not changed: check them."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var part in context.Document.Parts)
        {
            if (Paragraphs.AdoptedTextStart(part) is not null)
            {
                continue; // The numbers are the adopted text's own ("*Adopts* the following declaration:").
            }

            var numbered = new List<OperativeParagraph>();
            var opensSection = new HashSet<OperativeParagraph>();
            var headingSince = false;
            foreach (var block in part.OperativePart)
            {
                if (block is Heading)
                {
                    headingSince = true;
                }
                else if (block is OperativeParagraph { Number: not null, NumberStyle: NumberStyle.Arabic, Addition: null } paragraph)
                {
                    numbered.Add(paragraph);
                    if (headingSince)
                    {
                        opensSection.Add(paragraph);
                    }

                    headingSince = false;
                }
            }

            var previous = 0;
            for (var i = 0; i < numbered.Count; i++)
            {
                var number = numbered[i].Number!.Value;
                // Sections of budget resolutions number their paragraphs from 1 each (75/253, 76/246: "II", "1.
                // *Takes note* …"); a section that goes on numbering, or starts anywhere but 1, is judged as usual.
                if (number != previous + 1 && !(number == 1 && opensSection.Contains(numbered[i])))
                {
                    context.Report(Rule, MarkerSpan(context, numbered[i]), Renumber(context, numbered, i, previous + 1), number, previous, previous + 1);
                }

                previous = number;
            }
        }
    }

    /// <summary>The edits that number paragraphs <paramref name="from"/>… consecutively from <paramref name="first"/>.</summary>
    private static List<TextEdit>? Renumber(RuleContext context, List<OperativeParagraph> paragraphs, int from, int first)
    {
        var edits = new List<TextEdit>();
        for (var i = from; i < paragraphs.Count; i++)
        {
            var expected = first + (i - from);
            if (paragraphs[i].Number == expected)
            {
                continue;
            }

            var marker = MarkerLength(context.Source, paragraphs[i]);
            if (marker == 0)
            {
                return null;
            }

            edits.Add(context.Edit(paragraphs[i].Span.Start, marker, expected.ToString(CultureInfo.InvariantCulture)));
        }

        return edits;
    }

    private static SourceSpan MarkerSpan(RuleContext context, OperativeParagraph paragraph)
    {
        var length = MarkerLength(context.Source, paragraph);
        return length == 0 ? paragraph.Span : context.Lines.Span(paragraph.Span.Start, length);
    }

    /// <summary>How many digits the list marker at the paragraph's start has, when they spell its number.</summary>
    private static int MarkerLength(string source, OperativeParagraph paragraph)
    {
        var start = paragraph.Span.Start;
        var i = start;
        while (i < source.Length && i - start < 9 && source[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i > start && i < source.Length && source[i] is '.' or ')'
            && int.TryParse(source.Substring(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value == paragraph.Number
            ? i - start
            : 0;
    }
}
