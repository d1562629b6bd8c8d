// Texts issued together in parts: "A", the part's title, "The General Assembly," …, then "B" …; each part is placed as a text of its own.
// A part issued on its own ("B" and a note, under the symbol A/RES/75/250 B) is read the same way.
using System.Text.RegularExpressions;
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>
    /// The text read as parts A, B … when it prints them so (77/128 A–B, the budget's 77/264 A–C): a line that is one
    /// capital letter, possibly with a note marker, in order from "A" (or from the letter the symbol names first), each
    /// followed within its title by an enacting formula. A part issued on its own ("B¹" over its formula) is read so
    /// when the symbol names that one part (A/RES/75/250 B). Null when the text is not printed in parts, and the text
    /// is read in one.
    /// </summary>
    private ResolutionDocument? BuildInParts(TextSegment segment, List<SourceBlock> body)
    {
        var named = segment.Header?.Symbol is { } symbol ? SymbolParts.Match(symbol) : Match.Empty;
        var first = named.Success ? named.Groups["first"].Value[0] : 'A';
        var starts = PartStarts(body, first);
        var issuedAlone = starts.Count == 1 && named.Success && !named.Groups["last"].Success;
        if (starts.Count < 2 && !issuedAlone)
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
            assembler.leads.ReadAs(FindOrgan(subject));
            var formula = assembler.BuildFormula(formulaRaw, subject, formulaBlock.Span);
            assembler.PlaceAll(body.GetRange(0, end), formulaIndex + 1, afterFormula: true);
            var placed = assembler.Assemble(segment, new DocumentHeader(), formula.Formula, formula.RunsOn ? formula.Paragraph : null);
            var title = designation + 1 < formulaIndex
                ? InlineParser.Parse(string.Join(" ", body.GetRange(designation + 1, formulaIndex - designation - 1).Select(block => ReportSplitter.StripBold(block.Text).Trim())), body[designation + 1].Span)
                : null;
            var (letter, note) = Designation(body[designation])!.Value;
            parts.Add(placed.Parts[0] with { Designation = letter, Title = title, Span = body[designation].Span, DesignationNote = note });
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
        if (header.Language.IsEnglish && FormulaLanguage(FormulaSubject(FormulaText(body[starts[0].Formula].Text))!) is { IsEnglish: false } language)
        {
            header = header with { Language = language };
        }

        // Plain text carries no bold: the title an item sets over the items it heads gets it back.
        return ItemTitleEmphasis.Restore(new ResolutionDocument(path, header, EquatableArray.From(parts), EquatableArray.From(builtAnnexes), EquatableArray<Footnote>.Empty));
    }

    /// <summary>
    /// Where each part opens: its designation line (<paramref name="first"/>, then the letters after it, in order) and
    /// its formula, at most two title lines below it. Empty unless the first designation opens the text, before any
    /// formula: a line "B" further on is a list label or a heading.
    /// </summary>
    private static List<(int Designation, int Formula)> PartStarts(List<SourceBlock> body, char first)
    {
        var starts = new List<(int Designation, int Formula)>();
        for (var i = 0; i < body.Count; i++)
        {
            if (Designation(body[i]) is not { } designation || designation.Letter[0] != (char)(first + starts.Count))
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

        if (starts.Count > 0 && body.FindIndex(block => FormulaSubject(FormulaText(block.Text)) is not null) != starts[0].Formula)
        {
            starts.Clear();
        }

        return starts;
    }

    /// <summary>
    /// A part's designation line: one capital letter alone, possibly with the markers of its notes ("B¹"), and those
    /// notes as the template holds them (<see cref="DocumentPart.DesignationNote"/>); null for any other line.
    /// </summary>
    private static (string Letter, InlineText? Note)? Designation(SourceBlock block)
    {
        var text = ReportSplitter.StripBold(block.Text).Trim();
        if (text.Length == 0 || text[0] < 'A' || text[0] > 'Z' || text.Length > 40)
        {
            return null;
        }

        var letter = new System.Text.StringBuilder();
        var notes = new List<Inline>();
        foreach (var inline in InlineParser.Parse(text, block.Span).Inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    letter.Append(run.Text);
                    break;
                case FootnoteReference reference:
                    notes.Add(reference);
                    break;
                default:
                    return null;
            }
        }

        var designation = letter.ToString().Trim();
        return designation.Length == 1 && designation[0] is >= 'A' and <= 'Z'
            ? (designation, notes.Count == 0 ? null : new InlineText(EquatableArray.From(notes)))
            : null;
    }
}
