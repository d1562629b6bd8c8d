using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK7003: session ordinals are spelled out and spelled right ("seventy-third session", not "seventy third",
/// "Seventy-Third" or "73rd session"), and the provisional agenda an operative paragraph places an item on is
/// that of a later session than the one in the front matter. Ordinals of 100 and more stay in figures, as the
/// UN writes the sessions of the International Labour Conference ("103rd session") and the FAO Council.
/// </summary>
internal sealed partial class SessionOrdinalRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.SessionOrdinal, "session-ordinal", RuleCategory.Style, DraftingSeverity.Warning,
        "Session ordinal misspelled or inconsistent with the front matter",
        "{0}",
        fix: DraftingFix.Sometimes("Spell the session ordinal as the UN does", "Yes, for spelling (\"seventy third\", \"Seventy-Third\", \"73rd\" → \"seventy-third\"); no for a provisional agenda of the current session."),
        scope: RuleScope.Paragraph);

    private static readonly string[] Tens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    private const string SessionText = @"(?<ord>\b[0-9]+(?:st|nd|rd|th)|\b[A-Za-z]+(?:(?:-|\s)[A-Za-z]+)?)\s(?:regular\s|special\s)?sessions?\b";
    private static readonly Regex Session = SessionPattern();
#if NET
    [GeneratedRegex(SessionText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex SessionPattern();
#else
    private static Regex SessionPattern() => Patterns.AtRunTime(SessionText, RegexOptions.CultureInvariant);
#endif

    private const string AgendaText = @"provisional agenda of its (?<ord>[a-z]+(?:-[a-z]+)?) session";
    private static readonly Regex Agenda = AgendaPattern();
#if NET
    [GeneratedRegex(AgendaText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex AgendaPattern();
#else
    private static Regex AgendaPattern() => Patterns.AtRunTime(AgendaText, RegexOptions.CultureInvariant);
#endif

    private static readonly Lazy<Dictionary<string, int>> Ordinals = new(() =>
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n <= 199; n++)
        {
            map[Numerals.ToOrdinalWords(n)] = n;
        }

        return map;
    });

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var header = context.Document.Header;
        // PERF: the texts were scanned once for every style rule (ScannedTexts); every match ends at the word "session".
        foreach (var (text, holds) in context.Texts)
        {
            if ((holds & TextHolds.Session) == 0)
            {
                continue;
            }

            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                foreach (Match match in SessionMatches(run.Text))
                {
                    CheckSpelling(context, text, offset, match.Groups["ord"]);
                }
            }
        }

        if (header.Organ.Name != Organ.GeneralAssembly.Name || header.Session is not int session)
        {
            return;
        }

        // Only operative paragraphs decide on an agenda; a preambular paragraph recalls earlier decisions.
        foreach (var (paragraph, _, _) in Paragraphs.Operative(context))
        {
            var text = paragraph.Text;
            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                {
                    foreach (Match match in Matches(Agenda, run.Text))
                    {
                        if (Ordinals.Value.TryGetValue(match.Groups["ord"].Value, out var referred) && referred <= session)
                        {
                            var group = match.Groups["ord"];
                            context.Report(Rule, context.Locator.Locate(text, offset + group.Index, group.Length),
                                $"The item is placed on the provisional agenda of the {group.Value} session, but the text is of the {Numerals.ToOrdinalWords(session)} session; an item goes on the agenda of a later session, usually the {Numerals.ToOrdinalWords(session + 1)}");
                        }
                    }
                }
            }
        }
    }

    private static void CheckSpelling(RuleContext context, InlineText text, int offset, Group group)
    {
        var written = group.Value;
        var start = group.Index;
        if (char.IsDigit(written[0]))
        {
            var digits = written.Substring(0, written.Length - 2);
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100)
            {
                Report(context, text, offset + start, written, Numerals.ToOrdinalWords(number), "sessions are spelled out");
            }

            return;
        }

        var parts = written.Split('-', ' ');
        if (parts.Length == 2 && Array.IndexOf(Tens, parts[0].ToLowerInvariant()) < 0)
        {
            // "the third session", "its seventieth session": only the last word is the ordinal.
            start += parts[0].Length + 1;
            written = parts[1];
            parts = new[] { written };
        }

        var normalized = string.Join("-", parts).ToLowerInvariant();
        if (Ordinals.Value.TryGetValue(normalized, out _))
        {
            var capitalized = Numerals.Capitalize(normalized);
            if (written != normalized && written != capitalized)
            {
                var right = char.IsUpper(written[0]) ? capitalized : normalized;
                Report(context, text, offset + start, written, right, "ordinals are written with a hyphen and in lower case");
            }

            return;
        }

        if (parts.Length == 2 && Array.IndexOf(Tens, parts[0].ToLowerInvariant()) >= 0)
        {
            context.Report(Rule, context.Locator.Locate(text, offset + start, written.Length),
                $"'{written} session' is not a spelled-out ordinal; write it as 'seventy-third session'");
        }
    }

    private static void Report(RuleContext context, InlineText text, int start, string written, string right, string why)
    {
        var span = context.Locator.Locate(text, start, written.Length, out var exact);
        context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, right) } : null,
            $"'{written} session': {why}; write '{right} session'");
    }

    /// <summary>The matches of <see cref="Session"/> in <paramref name="text"/>.</summary>
    /// <remarks>
    /// PERF: every match ends at the word
    /// "session(s)", so the pattern runs only on a window of the few words before each occurrence of it instead of
    /// trying every word of the text (28 ms of the 74/177 lint before, the slowest rule by a factor of 20). A
    /// window starts just after a white space or at the start of the text and ends on a word boundary, so
    /// <c>\b</c> reads the same in it as in the whole text.
    /// </remarks>
    private static List<Match> SessionMatches(string text)
    {
        const string Word = "session";
        var found = new List<Match>();
        var from = 0;
        try
        {
            for (var at = text.IndexOf(Word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Word, at + Word.Length, StringComparison.Ordinal))
            {
                var end = at + Word.Length;
                if (end < text.Length && text[end] == 's')
                {
                    end++;
                }

                if (at == 0 || (end < text.Length && IsWordCharacter(text[end])))
                {
                    continue;
                }

                var start = Math.Max(from, WindowStart(text, at));
                var match = Session.Match(text, start, end - start);
                if (match.Success)
                {
                    found.Add(match);
                    from = match.Index + match.Length;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            found.Clear();
        }

        return found;
    }

    /// <summary>
    /// Where a match ending at <paramref name="at"/> can start at the earliest: the ordinal is at most two words,
    /// then "regular" or "special", each after one white space; so four white spaces back, or the text's start.
    /// </summary>
    private static int WindowStart(string text, int at)
    {
        var spaces = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && ++spaces == 4)
            {
                return i + 1;
            }
        }

        return 0;
    }

    // The characters \w matches, for the boundary after "session(s)".
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

    private static IReadOnlyList<Match> Matches(Regex regex, string text) => RegexMatches.AllOrNone(regex, text);
}
