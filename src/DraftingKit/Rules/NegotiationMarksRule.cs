using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK1030: the marks of a text under negotiation: a paragraph numbered "5 bis" (ter, quater …), a paragraph in
/// square brackets, alternative wordings in brackets ("to [establish][consider establishing]", "[Alt: …]").
/// Valid in a negotiation draft (option <c>draftingkit.negotiation_draft = true</c>); once agreement is reached the
/// labels and brackets are removed (Editorial Manual, paragraphs and subparagraphs), so elsewhere a warning in a
/// draft and an error in an adopted text. The fix renumbers the operative paragraphs when a "bis" paragraph is kept.
/// </summary>
internal sealed class NegotiationMarksRule : DraftingRule
{
    /// <summary>Whether the text is a negotiation draft, where bracketed alternatives and "bis" paragraphs belong.</summary>
    public static readonly RuleOption NegotiationDraft = new(RuleOptions.NegotiationDraft, new[] { "false", "true" }, "false",
        "`true` for a text under negotiation, where the rule is silent");

    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.NegotiationMarks, "negotiation-marks", RuleCategory.Structure, DraftingSeverity.Warning,
        "Negotiation mark in a final text",
        "'{0}' is {1}, a mark of a text under negotiation; {2}",
        fix: DraftingFix.Sometimes("Renumber the paragraphs after the kept \"bis\" paragraph", "Renumbers the operative paragraphs when a \"bis\" paragraph is kept (\"5 bis.\" → \"6.\", the paragraphs after it one higher); which bracketed alternative is agreed cannot be known, so brackets have no fix."),
        options: new[] { NegotiationDraft });

    private const string Latin = "bis|ter|quater|quinquies|sexies|septies|octies|novies|decies";

    // "5 bis.", "5bis", "[5 ter. …": the label of an alternative or added paragraph.
    private static readonly Regex LatinLabel = new(@"^\[?\s*(?<number>[0-9]{1,3})\s?(?<latin>" + Latin + @")\b\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    // A bracketed stretch of a sentence (no nested brackets): judged by what it holds and where it stands.
    private static readonly Regex Bracketed = new(@"\[(?<inside>[^\[\]]*)\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Alternative = new(@"^\s*(?:Alt(?:ernative)?\.?\s*[0-9A-Z]*|Option\s*[0-9A-Z]*|OR)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (context.Options.Get(NegotiationDraft.Key, NegotiationDraft.Default) == "true")
        {
            return;
        }

        var adopted = context.Document.Header.Status == DocumentStatus.Adopted;
        foreach (var part in context.Document.Parts)
        {
            var renumbering = Renumber(context, part);
            foreach (var block in part.OperativePart)
            {
                if (block is OperativeParagraph { Addition: not null } added && SourceLabel(context, added) is { } label)
                {
                    // The reader took "5 bis." for the paragraph's number; the label is judged where the source writes it.
                    Report(context, context.Lines.Span(added.Span.Start, label.Length), adopted, renumbering, label.Value.Trim(), "an added or alternative paragraph", Advice(renumbering));
                }
            }

            foreach (var text in Texts(part))
            {
                CheckText(context, text, adopted, renumbering);
            }
        }

        foreach (var footnote in context.Document.Footnotes)
        {
            CheckText(context, footnote.Text, adopted, null);
        }
    }

    private static IEnumerable<InlineText> Texts(DocumentPart part)
    {
        foreach (var text in DocumentText.Blocks(part.Preamble))
        {
            yield return text;
        }

        foreach (var text in DocumentText.Blocks(part.OperativePart))
        {
            yield return text;
        }
    }

    private static void CheckText(RuleContext context, InlineText text, bool adopted, IReadOnlyList<TextEdit>? renumbering)
    {
        var plain = text.PlainText;
        var label = LatinLabel.Match(plain);
        if (label.Success)
        {
            var span = context.Locator.Locate(text, label.Index, label.Length);
            Report(context, span, adopted, plain.StartsWith("[", StringComparison.Ordinal) ? null : renumbering, label.Value.TrimStart('[').Trim(), "an added or alternative paragraph", Advice(renumbering));
        }

        if (plain.IndexOf('[') < 0)
        {
            // PERF: most texts hold no bracket, and the pattern opens with one; no scan, match list or normal form.
            return;
        }

        foreach (var match in RegexMatches.AllOrNone(Bracketed, plain))
        {
            if (Kind(plain, match) is { } kind)
            {
                var span = context.Locator.Locate(text, match.Index, match.Length);
                var shown = match.Length <= 60 ? match.Value : match.Value.Substring(0, 57) + "…";
                Report(context, span, adopted, null, shown, kind, "keep the agreed words without brackets, or set draftingkit.negotiation_draft = true for a text still under negotiation");
            }
        }
    }

    private static string Advice(IReadOnlyList<TextEdit>? renumbering) =>
        "once the paragraph is agreed, number it in sequence with the others" + (renumbering is null ? string.Empty : " (the fix renumbers them)");

    /// <summary>The "5 bis." that opens an added paragraph in the source, or null when the source does not write it there.</summary>
    private static Match? SourceLabel(RuleContext context, OperativeParagraph paragraph)
    {
        var start = paragraph.Span.Start;
        var label = LatinLabel.Match(context.Source.Substring(start, Math.Min(24, context.Source.Length - start)));
        return label.Success && label.Index == 0 && !label.Value.StartsWith("[", StringComparison.Ordinal) ? label : null;
    }

    /// <summary>What a bracketed stretch is when it is a negotiation mark, or null when it is a text's own bracket.</summary>
    private static string? Kind(string plain, Match match)
    {
        var inside = match.Groups["inside"].Value;
        var end = match.Index + match.Length;
        if (inside.Trim().Length == 0 || inside.Trim() is "…" or "..." || InsideQuotation(plain, match.Index) || IsPlaceholder(match.Value))
        {
            return null; // An omission ("[…]"), an editor's insertion in a quotation, or a placeholder (DK7020).
        }

        if (Alternative.IsMatch(inside) || end < plain.Length && plain[end] == '[' || match.Index > 0 && plain[match.Index - 1] == ']'
            || end + 1 < plain.Length && plain[end] is '/' or ' ' && plain[end + 1] == '[' && plain.IndexOf(']', end + 1) > 0)
        {
            return "an alternative wording";
        }

        if (match.Index == 0 || plain.Substring(0, match.Index).Trim().Length == 0)
        {
            return "a paragraph in brackets";
        }

        // A capitalized word in brackets after a name is part of the name (75/168: "the Los Pinos Declaration
        // [Chapoltepek]"); wording under negotiation opens in lower case or with its punctuation ("[shall]",
        // "[, including its …]").
        var first = inside.TrimStart()[0];
        return char.IsLower(first) || char.IsPunctuation(first) ? "wording in brackets" : null;
    }

    private static bool IsPlaceholder(string bracketed)
    {
        var inner = bracketed.Substring(1, bracketed.Length - 2).Trim().ToLowerInvariant();
        foreach (var word in new[] { "insert", "add ", "enter ", "date", "day", "month", "year", "number", "no.", "symbol", "name", "country", "state", "member state", "title", "session", "place", "time", "amount", "tbc", "tbd", "to be " })
        {
            if (inner.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return inner.Trim('x').Length == 0;
    }

    /// <summary>True when an opening quotation mark before <paramref name="index"/> is not yet closed.</summary>
    private static bool InsideQuotation(string plain, int index)
    {
        var depth = 0;
        for (var i = 0; i < index; i++)
        {
            if (plain[i] == '“')
            {
                depth++;
            }
            else if (plain[i] == '”' && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0 || CountOf(plain, '"', index) % 2 == 1;
    }

    private static int CountOf(string text, char c, int before)
    {
        var count = 0;
        for (var i = 0; i < before; i++)
        {
            count += text[i] == c ? 1 : 0;
        }

        return count;
    }

    private static void Report(RuleContext context, SourceSpan span, bool adopted, IReadOnlyList<TextEdit>? fix, string mark, string kind, string advice)
    {
        var finding = DraftingDiagnostic.Create(Rule, span, mark, kind, advice);
        if (fix is { Count: > 0 })
        {
            finding = finding with { Fix = new EquatableArray<TextEdit>(new List<TextEdit>(fix).ToArray()) };
        }

        context.Add(adopted ? finding with { Severity = DraftingSeverity.Error } : finding);
    }

    /// <summary>
    /// The edits that number the operative paragraphs of <paramref name="part"/> 1, 2, 3 … with each "N bis" paragraph
    /// taking the number after N's, or null when there is no such paragraph, the part is divided by headings (whose
    /// sections may number from 1) or a number cannot be edited in place.
    /// </summary>
    private static IReadOnlyList<TextEdit>? Renumber(RuleContext context, DocumentPart part)
    {
        var edits = new List<TextEdit>();
        var next = 1;
        var anyLatin = false;
        foreach (var block in part.OperativePart)
        {
            switch (block)
            {
                case Heading:
                    return null;
                case OperativeParagraph { Addition: not null } added:
                    if (SourceLabel(context, added) is not { } addedLabel)
                    {
                        return null;
                    }

                    anyLatin = true;
                    edits.Add(context.Edit(added.Span.Start, addedLabel.Length, next.ToString(CultureInfo.InvariantCulture) + "."));
                    next++;
                    break;
                case OperativeParagraph { Number: int number, NumberStyle: NumberStyle.Arabic } paragraph:
                    var digits = number.ToString(CultureInfo.InvariantCulture);
                    if (string.CompareOrdinal(context.Source, paragraph.Span.Start, digits, 0, digits.Length) != 0)
                    {
                        return null;
                    }

                    if (number != next)
                    {
                        edits.Add(context.Edit(paragraph.Span.Start, digits.Length, next.ToString(CultureInfo.InvariantCulture)));
                    }

                    next++;
                    break;
                case TextParagraph paragraph when LatinLabel.Match(paragraph.Text.PlainText) is { Success: true } label:
                    var source = LatinLabel.Match(context.Source.Substring(paragraph.Span.Start, Math.Min(24, context.Source.Length - paragraph.Span.Start)));
                    if (label.Value.StartsWith("[", StringComparison.Ordinal) || !source.Success || source.Index != 0)
                    {
                        return null;
                    }

                    anyLatin = true;
                    edits.Add(context.Edit(paragraph.Span.Start, source.Length, next.ToString(CultureInfo.InvariantCulture) + "."));
                    next++;
                    break;
            }
        }

        return anyLatin ? edits : null;
    }
}
