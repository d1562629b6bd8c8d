using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK1001: each part opens with the enacting formula naming the organ of the front matter, ending with a comma
/// ("The General Assembly,"); a colon for a decision in lettered form; no punctuation only when no preambular
/// paragraph follows (the UN corpus: 639 with the comma, 17 without, all without a preamble).
/// </summary>
internal sealed class EnactingFormulaRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.EnactingFormula, "enacting-formula", RuleCategory.Structure, DraftingSeverity.Warning,
        "Enacting formula missing, misplaced or mispunctuated",
        "{0}",
        fix: DraftingFix.Sometimes("Correct the enacting formula", "Yes, when the formula names the wrong organ (the organ of the front matter is written) or lacks its comma."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var organ = context.Document.Header.Organ;
        foreach (var part in context.Document.Parts)
        {
            if (part.Preamble.Count == 0 && part.OperativePart.Count == 0)
            {
                continue;
            }

            if (part.Formula is not { } formula)
            {
                ReportMissing(context, part, organ);
                continue;
            }

            if (formula.RunsOn)
            {
                CheckRunOnVerb(context, part, organ);
                continue;
            }

            var plain = formula.Text.PlainText.Trim();
            var leading = formula.Text.PlainText.Length - formula.Text.PlainText.TrimStart().Length;
            if (!plain.StartsWith(organ.FormulaSubject, StringComparison.Ordinal))
            {
                var subject = SubjectOf(plain);
                var span = context.Locator.Locate(formula.Text, leading, subject.Length, out var exact);
                var fix = exact ? new[] { context.Edit(span.Start, span.Length, organ.FormulaSubject) } : null;
                context.Report(Rule, exact ? span : formula.Span, fix,
                    $"The formula names '{subject}' but the front matter's organ is the {organ.Name}; write '{organ.FormulaSubject},'");
                continue;
            }

            var rest = plain.Substring(organ.FormulaSubject.Length).Trim();
            var hasPreamble = HasPreambularParagraph(part);
            var lettered = IsLettered(part);
            // A lettered decision may run its one preambular clause into the formula and close it with the colon:
            // "The Economic and Social Council, recalling its decision 2015/234 …:" (seed 001, draft decision I).
            var runOnClause = lettered && rest.StartsWith(", ", System.StringComparison.Ordinal) && rest.EndsWith(":", System.StringComparison.Ordinal)
                && rest.Length > 2 && char.IsLower(rest[2]);
            if (rest == "," || (rest == ":" && lettered) || (rest.Length == 0 && !hasPreamble) || runOnClause)
            {
                continue;
            }

            var ending = ParagraphEnding.Of(formula.Text.PlainText);
            var expected = lettered ? ':' : ',';
            var edit = ending.FixTo(context, formula.Text, expected);
            context.Report(Rule, formula.Span, edit is null ? null : new[] { edit },
                rest.Length == 0
                    ? $"The formula has no comma but preambular paragraphs follow; write '{organ.FormulaSubject}{expected}'"
                    : $"The formula ends with '{rest}'; write '{organ.FormulaSubject}{expected}'");
        }
    }

    /// <summary>
    /// A decision of one sentence runs on from the formula with its verb in lower case and roman type: "The Economic
    /// and Social Council decides that …" (seed 001, draft decision I), never "… Council *Decides* that …".
    /// </summary>
    private static void CheckRunOnVerb(RuleContext context, DocumentPart part, Organ organ)
    {
        if (part.OperativePart.Count == 0 || part.OperativePart[0] is not OperativeParagraph paragraph || paragraph.Text.Inlines.Count == 0)
        {
            return;
        }

        var plain = paragraph.Text.PlainText.TrimStart();
        var verbLength = 0;
        while (verbLength < plain.Length && char.IsLetter(plain[verbLength]))
        {
            verbLength++;
        }

        var italic = paragraph.Text.Inlines[0] is Emphasis or StrongEmphasis;
        if (verbLength == 0 || (!italic && !char.IsUpper(plain[0])))
        {
            return;
        }

        var verb = plain.Substring(0, verbLength);
        var written = verb.ToLowerInvariant();
        context.Report(Rule, paragraph.Span,
            $"A decision of one sentence runs on from the formula with its verb in lower case and roman type; write '{organ.FormulaSubject} {written} …', not '{(italic ? "*" + verb + "*" : verb)}'");
    }

    private static void ReportMissing(RuleContext context, DocumentPart part, Organ organ)
    {
        foreach (var block in part.Preamble)
        {
            if (block is PreambularParagraph paragraph && SubjectOf(paragraph.Text.PlainText.Trim()).Length > 0)
            {
                context.Report(Rule, paragraph.Span,
                    $"The enacting formula must come first, before every preambular paragraph; move '{organ.FormulaSubject},' to the top of the text");
                return;
            }
        }

        var first = part.Preamble.Count > 0 ? part.Preamble[0].Span : part.OperativePart[0].Span;
        context.Report(Rule, first, $"The text has no enacting formula; begin it with '{organ.FormulaSubject},' on a line of its own");
    }

    /// <summary>The organ a formula names: "The General Assembly" in "The General Assembly,"; empty when none.</summary>
    private static string SubjectOf(string plain)
    {
        foreach (var known in Organ.Known)
        {
            if (plain.StartsWith(known.FormulaSubject, StringComparison.Ordinal))
            {
                return known.FormulaSubject;
            }
        }

        return string.Empty;
    }

    private static bool HasPreambularParagraph(DocumentPart part)
    {
        foreach (var block in part.Preamble)
        {
            if (block is PreambularParagraph)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLettered(DocumentPart part)
    {
        foreach (var block in part.OperativePart)
        {
            if (block is OperativeParagraph { NumberStyle: NumberStyle.Letter })
            {
                return true;
            }
        }

        return false;
    }
}
