// Partial of TextAssembler: the enacting formula, its organ and a paragraph running on from it (partial: it shares the assembler's patterns).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>The paragraph without a report's paragraph number before a one-sentence decision ("4. The Economic …").</summary>
    private static string FormulaText(string raw)
    {
        var numbered = Numbered.Match(raw);
        return numbered.Success && FormulaSubject(numbered.Groups["text"].Value) is not null ? numbered.Groups["text"].Value : raw;
    }

    /// <summary>The organ's name that opens the enacting formula, as the text writes it ("The General Assembly", "L’Assemblée générale"); null when none does.</summary>
    internal static string? FormulaSubject(string raw) =>
        HeaderReading.TryFormula(InlineParser.Plain(raw).TrimStart(), out _, out var subject, out _) ? subject : null;

    /// <summary>The organ whose formula <paramref name="subject"/> is, in any language the project holds.</summary>
    internal static Organ FindOrgan(string subject) =>
        HeaderReading.TryFormula(subject, out var organ, out _, out _) ? organ : Organ.GeneralAssembly;

    /// <summary>The language the formula <paramref name="subject"/> is written in: "L’Assemblée générale" is French.</summary>
    internal static DocumentLanguage FormulaLanguage(string subject) =>
        HeaderReading.TryFormula(subject, out _, out _, out var language) ? language : DocumentLanguage.English;

    private (EnactingFormula Formula, bool RunsOn, OperativeParagraph? Paragraph) BuildFormula(string raw, string subject, SourceSpan span)
    {
        var text = InlineParser.Parse(raw, span);
        var plain = text.PlainText;
        var restText = plain.Substring(subject.Length);
        var restTrimmed = restText.TrimStart();
        if (restText.Length > 0 && restText[0] == ' ' && restTrimmed.Length > 0 && char.IsLower(restTrimmed[0]))
        {
            // "The Economic and Social Council decides to …": formula and single paragraph in one sentence.
            var formulaText = InlineSlicing.Slice(text, 0, subject.Length);
            var paragraph = InlineSlicing.TrimStart(text, subject.Length + (restText.Length - restTrimmed.Length));
            return (new EnactingFormula(formulaText, true, span), true, new OperativeParagraph(null, NumberStyle.Arabic, paragraph, EquatableArray<Subparagraph>.Empty, span));
        }

        return (new EnactingFormula(ItalicSubject(text, subject.Length), false, span), false, null);
    }

    /// <summary>
    /// The formula with its subject in italics, as the UN prints every formula that stands alone ("<i>The General
    /// Assembly</i>,", "<i>The Security Council</i>,": no template of the corpus sets one in roman); a text layer or
    /// plain text loses them. A formula that already opens with italics keeps its own.
    /// </summary>
    private static InlineText ItalicSubject(InlineText text, int subjectLength)
    {
        // "The Economic and Social Council, recalling …, decided:" is a sentence, printed in roman.
        return text.ItalicLead is not null || text.IsEmpty || text.PlainText.Substring(subjectLength).Trim().TrimEnd(',', ':').Length > 0
            ? text
            : InlineSlicing.EmphasizeStart(text, subjectLength);
    }
}
