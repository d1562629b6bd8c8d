// Texts issued together in parts: "A", the part's title, "The General Assembly," …, then "B" …; each part is placed as a text of its own.
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>
    /// The text read as parts A, B … when it prints them so (77/128 A–B, the budget's 77/264 A–C): a line that is one
    /// capital letter, in order from "A", each followed within its title by an enacting formula. Null when the text
    /// is not printed in parts, and the text is read in one.
    /// </summary>
    private ResolutionDocument? BuildInParts(TextSegment segment, List<SourceBlock> body)
    {
        var starts = PartStarts(body);
        if (starts.Count < 2)
        {
            return null;
        }

        var titleParts = new List<string>();
        if (segment.Title is { } givenTitle)
        {
            titleParts.Add(givenTitle);
        }

        for (var i = 0; i < starts[0].Designation; i++)
        {
            titleParts.Add(InlineParser.Plain(ReportSplitter.StripBold(body[i].Text)).Trim());
        }

        var parts = new List<DocumentPart>(starts.Count);
        var builtAnnexes = new List<Annex>();
        Organ? organ = null;
        for (var k = 0; k < starts.Count; k++)
        {
            var (designation, formulaIndex) = starts[k];
            var end = k + 1 < starts.Count ? starts[k + 1].Designation : body.Count;
            var formulaBlock = body[formulaIndex];
            var formulaRaw = FormulaText(formulaBlock.Text);
            var subject = FormulaSubject(formulaRaw)!;
            organ ??= FindOrgan(subject);

            // Each part has its own preamble, numbering and annexes: a fresh assembler places it.
            var assembler = new TextAssembler(path, vocabulary, diagnostics);
            var formula = assembler.BuildFormula(formulaRaw, subject, formulaBlock.Span);
            assembler.PlaceAll(body.GetRange(0, end), formulaIndex + 1);
            var placed = assembler.Assemble(segment, new DocumentHeader(), formula.Formula, formula.RunsOn ? formula.Paragraph : null);
            var title = designation + 1 < formulaIndex
                ? InlineParser.Parse(string.Join(" ", body.GetRange(designation + 1, formulaIndex - designation - 1).Select(block => ReportSplitter.StripBold(block.Text).Trim())), body[designation + 1].Span)
                : null;
            parts.Add(placed.Parts[0] with { Designation = body[designation].Text.Trim(), Title = title, Span = body[designation].Span });
            builtAnnexes.AddRange(placed.Annexes);
        }

        var header = segment.Header ?? new DocumentHeader
        {
            Kind = segment.Kind,
            Status = segment.Status,
            Organ = organ!,
            Label = segment.Label,
            Number = segment.Number,
            Title = titleParts.Count == 0 ? null : string.Join(" ", titleParts),
        };
        return new ResolutionDocument(path, header, EquatableArray.From(parts), EquatableArray.From(builtAnnexes), EquatableArray<Footnote>.Empty);
    }

    /// <summary>
    /// Where each part opens: its designation line ("A", "B" … in order) and its formula, at most two title lines
    /// below it. Empty unless the text opens with part A.
    /// </summary>
    private static List<(int Designation, int Formula)> PartStarts(List<SourceBlock> body)
    {
        var starts = new List<(int Designation, int Formula)>();
        for (var i = 0; i < body.Count; i++)
        {
            var text = body[i].Text.Trim();
            if (text.Length != 1 || text[0] != (char)('A' + starts.Count))
            {
                continue;
            }

            for (var j = i + 1; j < body.Count && j <= i + 3; j++)
            {
                if (FormulaSubject(FormulaText(body[j].Text)) is not null)
                {
                    starts.Add((i, j));
                    break;
                }
            }
        }

        return starts;
    }
}
