using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

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
internal sealed class PlaceholderRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.Placeholder, "placeholder", RuleCategory.Style, DraftingSeverity.Warning,
        "Placeholder left in the text",
        "'{0}' is a placeholder for {1}{2}",
        fix: DraftingFix.None("No: the number, date or name the placeholder stands for is not in the text."),
        scope: RuleScope.Paragraph);

    private const string Month = "(?:" + Model.UnDate.MonthAlternation + ")";
    private const string Dots = @"(?:…|\.{3,})";

    private static readonly (Regex Pattern, string What)[] Forms =
    {
        (new Regex(@"_{2,}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "a word or a number"),
        (new Regex(@"(?<=[/.])(?:" + Dots + @"|XX+|xx+)(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "a number"),
        (new Regex(@"\b(?:resolutions?|decisions?|documents?|paragraphs?|Nos?\.)\s+(?:" + Dots + @"|XX+|xx+)(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "a number"),
        (new Regex(@"(?:" + Dots + @"|\b(?:XX|xx))(?:st|nd|rd|th)?\s+" + Month + @"\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "the day"),
        (new Regex(@"\b" + Month + @"\s+(?:" + Dots + @"|(?:20|19)?(?:XX|xx)\b)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "the year"),
        (new Regex(@"\b(?:of|on|from|to|until|by|and|in|since|before|after|between)\s+" + Dots + @"\s+[12][0-9]{3}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "a date"),
        (new Regex(@"\bits\s+" + Dots + @"\s+(?:session|meeting)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "an ordinal"),
        (new Regex(@"\b(?:XX|xx)(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "an ordinal"),
        (new Regex(@"\b(?:19|20)(?:XX|xx)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "the year"),
        (new Regex(@"\[(?:(?:insert|add|enter)\b[^\]\[]{0,60}|(?:date|day|month|year|number|no\.|symbol|name|names|country|State|Member State|title|session|place|time|amount|organization|body|agency|programme|meeting|to be (?:confirmed|determined|decided))(?:\s(?:of|or|and)\s[^\]\[]{0,40})?|XX+|xx+|x|TBC|TBD)\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "what the brackets name"),
        (new Regex(@"\bTB[CDA]\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), "a word or a number"),
    };

    // PERF: every form above needs one of these literally ("__", dots, "XX", a bracket, "TB"); a run with none is
    // skipped without trying the eleven patterns.
    private static readonly DraftingKit.Text.Literals Needed = new(new[] { "__", "…", "...", "XX", "xx", "[", "TB" });

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var adopted = context.Document.Header.Status == DocumentStatus.Adopted;
        var advice = adopted ? "; an adopted text is issued as it stands, so write it in" : "; write it in before the text is submitted";
        foreach (var text in MainTexts(context.Document))
        {
            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                if (!Needed.AnyIn(run.Text))
                {
                    continue;
                }

                var taken = new List<(int Start, int End)>();
                foreach (var (pattern, what) in Forms)
                {
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
