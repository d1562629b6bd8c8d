// Partial of BodyBuilder: the enacting formula that opens a part (partial: it reads the document header and sets the current part's formula).
using DraftingKit.Model;
using SourceSpan = DraftingKit.Model.SourceSpan;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    private bool TryFormula(PartBuilder current, InlineText text, SourceSpan span)
    {
        var plain = text.PlainText;
        var subject = FormulaSubject(plain);
        if (subject is null)
        {
            if (!IsItalicFormula(text))
            {
                return false;
            }

            current.Formula = new EnactingFormula(text, false, span);
            return true;
        }

        var rest = plain.Substring(subject.Length);
        var restTrimmed = rest.TrimStart();
        if (rest.Length == 0 || rest[0] is ',' or ':' || restTrimmed.Length == 0)
        {
            current.Formula = new EnactingFormula(text, false, span);
            return true;
        }

        if (rest[0] == ' ' && (char.IsLetter(restTrimmed[0]) || restTrimmed[0] is '*' or '_'))
        {
            // "The Economic and Social Council decides to …": formula and single paragraph in one sentence. A verb
            // written as a lead ("… Council *Decides* …") is still this form; DK1001 asks for it in lower case.
            var formulaText = InlineSlicing.Slice(text, 0, subject.Length);
            var paragraph = InlineSlicing.TrimStart(text, subject.Length + (rest.Length - restTrimmed.Length));
            current.Formula = new EnactingFormula(formulaText, true, span);
            current.Add(new ParagraphDraft(ParagraphKind.Operative, paragraph, span));
            return true;
        }

        return false;
    }

    /// <summary>
    /// The first paragraph wholly in italics but for its closing comma or colon is the enacting formula in whatever
    /// language or organ the text is in ("*L’Assemblée générale*,", 75/274 in French): no preambular paragraph is a
    /// lead alone.
    /// </summary>
    private static bool IsItalicFormula(InlineText text) =>
        text.Inlines.Count is 1 or 2
        && text.Inlines[0] is Emphasis { Content.PlainText: var subject } && subject.Trim().Length > 0 && subject.IndexOf(' ') > 0
        && (text.Inlines.Count == 1 || text.Inlines[1] is TextRun { Text: "," or ":" });

    private string? FormulaSubject(string plain)
    {
        if (plain.StartsWith(header.Organ.FormulaSubject, StringComparison.Ordinal))
        {
            return header.Organ.FormulaSubject;
        }

        foreach (var organ in Organ.Known)
        {
            if (plain.StartsWith(organ.FormulaSubject, StringComparison.Ordinal))
            {
                return organ.FormulaSubject;
            }
        }

        // The formula in another language the project holds the words of, in roman as plain text gives it ("L’Assemblée générale,").
        return HeaderReading.TryFormula(plain, out _, out var subject, out _) ? subject : null;
    }
}
