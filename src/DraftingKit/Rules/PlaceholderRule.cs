using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>
/// DK7020: a placeholder left where a number, a date, a symbol or a name is still to be written: blanks
/// ("resolution __ of ___ 2024"), dots or "XX" in a number or a date ("A/RES/79/…", "A/79/L.XX", "XX December
/// 2024", "of … 2024"), a bracketed word ("[date]", "[insert number]", "[name of country]"), "TBD". A warning in a
/// draft, where it is work still to do, and an error in an adopted text, which is issued as it stands.
/// </summary>
/// <remarks>
/// Annexes are not read: the UN adopts model forms with blanks meant to stay ("I, [name], solemnly swear", the
/// oath of the Secretary-General in 75/325 and 77/335; "Done at [place] on [day, month] 2021" in 75/257 B). "XX"
/// alone is a Roman numeral ("section XX", "resolution 2106 A (XX)"), and "[…]" marks an omission in a quotation;
/// neither is a placeholder.
/// </remarks>
internal sealed partial class PlaceholderRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.Placeholder, "placeholder", RuleCategory.Style, DraftingSeverity.Warning,
        "Placeholder left in the text",
        "'{0}' is a placeholder for {1}{2}",
        fix: DraftingFix.None("No: the number, date or name the placeholder stands for is not in the text."),
        scope: RuleScope.Paragraph);

    private const string Month = "(?:" + Model.UnDate.MonthAlternation + ")";
    private const string Dots = @"(?:…|\.{3,})";

    private const string BlanksText = @"_{2,}";
    private const string NumberInSymbolText = @"(?<=[/.])(?:" + Dots + @"|XX+|xx+)(?![\w-])";
    private const string NumberAfterWordText = @"\b(?:resolutions?|decisions?|documents?|paragraphs?|Nos?\.)\s+(?:" + Dots + @"|XX+|xx+)(?![\w-])";
    private const string DayText = @"(?:" + Dots + @"|\b(?:XX|xx))(?:st|nd|rd|th)?\s+" + Month + @"\b";
    private const string YearAfterMonthText = @"\b" + Month + @"\s+(?:" + Dots + @"|(?:20|19)?(?:XX|xx)\b)";
    private const string DateBeforeYearText = @"\b(?:of|on|from|to|until|by|and|in|since|before|after|between)\s+" + Dots + @"\s+[12][0-9]{3}\b";
    private const string SessionOrdinalText = @"\bits\s+" + Dots + @"\s+(?:session|meeting)\b";
    private const string OrdinalText = @"\b(?:XX|xx)(?:st|nd|rd|th)\b";
    private const string YearDigitsText = @"\b(?:19|20)(?:XX|xx)\b";
    private const string BracketedText = @"\[(?:(?:insert|add|enter)\b[^\]\[]{0,60}|(?:date|day|month|year|number|no\.|symbol|name|names|country|State|Member State|title|session|place|time|amount|organization|body|agency|programme|meeting|to be (?:confirmed|determined|decided))(?:\s(?:of|or|and)\s[^\]\[]{0,40})?|XX+|xx+|x|TBC|TBD)\]";
    private const string ToBeDecidedText = @"\bTB[CDA]\b";

    // What each form needs literally: a run holding none of a form's literals is not read by its pattern.
    private const int BlankLiteral = 1, DotsLiteral = 2, XLiteral = 4, BracketLiteral = 8, TbLiteral = 16;

    private static readonly (Regex Pattern, string What, int Needs)[] Forms =
    {
        (Blanks(), "a word or a number", BlankLiteral),
        (NumberInSymbol(), "a number", DotsLiteral | XLiteral),
        (NumberAfterWord(), "a number", DotsLiteral | XLiteral),
        (Day(), "the day", DotsLiteral | XLiteral),
        (YearAfterMonth(), "the year", DotsLiteral | XLiteral),
        (DateBeforeYear(), "a date", DotsLiteral),
        (SessionOrdinal(), "an ordinal", DotsLiteral),
        (Ordinal(), "an ordinal", XLiteral),
        (YearDigits(), "the year", XLiteral),
        (Bracketed(), "what the brackets name", BracketLiteral),
        (ToBeDecided(), "a word or a number", TbLiteral),
    };

#if NET
    [GeneratedRegex(BlanksText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex Blanks();

    [GeneratedRegex(NumberInSymbolText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex NumberInSymbol();

    [GeneratedRegex(NumberAfterWordText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex NumberAfterWord();

    [GeneratedRegex(DayText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex Day();

    [GeneratedRegex(YearAfterMonthText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex YearAfterMonth();

    [GeneratedRegex(DateBeforeYearText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateBeforeYear();

    [GeneratedRegex(SessionOrdinalText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex SessionOrdinal();

    [GeneratedRegex(OrdinalText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex Ordinal();

    [GeneratedRegex(YearDigitsText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex YearDigits();

    [GeneratedRegex(BracketedText, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Bracketed();

    [GeneratedRegex(ToBeDecidedText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex ToBeDecided();
#else
    private static Regex Blanks() => Patterns.AtRunTime(BlanksText, RegexOptions.CultureInvariant);

    private static Regex NumberInSymbol() => Patterns.AtRunTime(NumberInSymbolText, RegexOptions.CultureInvariant);

    private static Regex NumberAfterWord() => Patterns.AtRunTime(NumberAfterWordText, RegexOptions.CultureInvariant);

    private static Regex Day() => Patterns.AtRunTime(DayText, RegexOptions.CultureInvariant);

    private static Regex YearAfterMonth() => Patterns.AtRunTime(YearAfterMonthText, RegexOptions.CultureInvariant);

    private static Regex DateBeforeYear() => Patterns.AtRunTime(DateBeforeYearText, RegexOptions.CultureInvariant);

    private static Regex SessionOrdinal() => Patterns.AtRunTime(SessionOrdinalText, RegexOptions.CultureInvariant);

    private static Regex Ordinal() => Patterns.AtRunTime(OrdinalText, RegexOptions.CultureInvariant);

    private static Regex YearDigits() => Patterns.AtRunTime(YearDigitsText, RegexOptions.CultureInvariant);

    private static Regex Bracketed() => Patterns.AtRunTime(BracketedText, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static Regex ToBeDecided() => Patterns.AtRunTime(ToBeDecidedText, RegexOptions.CultureInvariant);
#endif

    internal static IEnumerable<(Regex Pattern, int Needs)> FormsForTests => Forms.Select(form => (form.Pattern, form.Needs));


    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var adopted = context.Document.Header.Status == DocumentStatus.Adopted;
        var advice = adopted ? "; an adopted text is issued as it stands, so write it in" : "; write it in before the text is submitted";
        foreach (var text in MainTexts(context.Document))
        {
            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                // PERF: every form needs one of its literals ("__", dots, "XX", a bracket, "TB"); a run with none is
                // skipped without trying the eleven patterns, and a run with some is read only by the forms that need them.
                var present = LiteralsIn(run.Text);
                if (present == 0)
                {
                    continue;
                }
                var taken = new List<(int Start, int End)>();
                foreach (var (pattern, what, needs) in Forms)
                {
                    if ((present & needs) == 0)
                    {
                        continue; // PERF: the pattern cannot match without one of its literals.
                    }

                    foreach (var match in RegexMatches.AllOrNone(pattern, run.Text))
                    {
                        if (taken.Exists(t => match.Index < t.End && t.Start < match.Index + match.Length))
                        {
                            continue; // One finding for one placeholder, however many forms read it.
                        }

                        taken.Add((match.Index, match.Index + match.Length));
                        var span = context.Locator.Locate(text, offset + match.Index, match.Length);
                        var finding = DraftingDiagnostic.Create(Rule, span, match.Value, what, advice);
                        context.Add(adopted ? finding with { Severity = DraftingSeverity.Error } : finding);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Which of the forms' literals <paramref name="text"/> holds: blanks, dots, "XX", a bracket, "TB". PERF: one
    /// vectorized search for each; a multi-string search over them, some one character long, cannot be vectorized and
    /// read every character of every run one by one.
    /// </summary>
    internal static int LiteralsIn(string text) =>
        (text.IndexOf("__", StringComparison.Ordinal) >= 0 ? BlankLiteral : 0)
        | (text.IndexOf('…') >= 0 || text.IndexOf("...", StringComparison.Ordinal) >= 0 ? DotsLiteral : 0)
        | (text.IndexOf("XX", StringComparison.Ordinal) >= 0 || text.IndexOf("xx", StringComparison.Ordinal) >= 0 ? XLiteral : 0)
        | (text.IndexOf('[') >= 0 ? BracketLiteral : 0)
        | (text.IndexOf("TB", StringComparison.Ordinal) >= 0 ? TbLiteral : 0);

    /// <summary>The resolution's own words (parts and footnotes), not its annexes, whose model forms keep their blanks.</summary>
    private static IEnumerable<InlineText> MainTexts(ResolutionDocument document)
    {
        foreach (var part in document.Parts)
        {
            foreach (var text in new[] { part.DesignationNote, part.Title, part.Formula?.Text })
            {
                if (text is not null)
                {
                    yield return text;
                }
            }

            foreach (var text in DocumentText.Blocks(part.Preamble))
            {
                yield return text;
            }

            foreach (var text in DocumentText.Blocks(part.OperativePart))
            {
                yield return text;
            }
        }

        foreach (var footnote in document.Footnotes)
        {
            yield return footnote.Text;
        }
    }
}
