using System.Text.RegularExpressions;
using DraftingKit.Text;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK6001 in running text: a symbol written out in a paragraph or a footnote ("(A//70/25)" after an Official
/// Records title, "A/75/112/." in a footnote) is held to the same form as one in the front matter or a link.
/// </summary>
/// <remarks>
/// Only text that is plainly meant as a symbol is judged: a token of the Organization's own series (A/, E/, S/,
/// ST/, T/, in any case), or any capitalized token with a number and an empty element ("//"). Other bodies
/// write their own schemes ("WHA58/2005/REC/1", "GC(66)/RES/7", "UNEP/CBD/COP/DEC/XII/11",
/// "Assembly/AU/Dec.729(XXXII)"), which the UN's grammar of symbols does not describe; "HIV/AIDS" and
/// "Telephone/fax" carry no number. Text inside a link is the link's, checked by its target.
/// </remarks>
internal static partial class SymbolsInText
{
    private const string OwnSeriesText = @"^(?:A|E|S|ST|T)(?:/|\\)\s*(?:[0-9]|[A-Z]{1,5}(?:\.[0-9]+)?(?:/|\\|$))";
    private static readonly Regex OwnSeries = OwnSeriesPattern();
#if NET
    [GeneratedRegex(OwnSeriesText, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OwnSeriesPattern();
#else
    private static Regex OwnSeriesPattern() => Patterns.AtRunTime(OwnSeriesText, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
#endif

    // "A/RES/79/…", "A/79/L.XX", "A/79/__": a number still to be written is DK7020's, not a malformed symbol.
    private const string PlaceholderText = @"…|\.\.\.|__|(?<=[/.])(?:XX+|xx+)(?![\w-])";
    private static readonly Regex Placeholder = PlaceholderPattern();
#if NET
    [GeneratedRegex(PlaceholderText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex PlaceholderPattern();
#else
    private static Regex PlaceholderPattern() => Patterns.AtRunTime(PlaceholderText, RegexOptions.CultureInvariant);
#endif

    private static readonly char[] Closing = { '.', ',', ';', ':', ')', ']', '*', '’', '”', '"', '\'' };

    public static void Check(RuleContext context, InlineText text) => new RunChecker(context).Walk(text);

    /// <summary>The symbol a token of running text is meant as, trimmed of the sentence around it, or null.</summary>
    internal static string? Candidate(string token)
    {
        var symbol = TrimSentence(SentenceEnd(token));
        if (symbol.Length < 3 || !HasDigit(symbol) || Placeholder.IsMatch(token))
        {
            return null;
        }

        var emptyElement = char.IsUpper(symbol[0]) && (symbol.IndexOf("//", StringComparison.Ordinal) > 0 || symbol.IndexOf(@"\\", StringComparison.Ordinal) > 0);
        return emptyElement || OwnSeries.IsMatch(symbol) ? symbol : null;
    }

    private static void CheckRun(RuleContext context, TextRun run)
    {
        // Read as printed (no-break spaces as spaces), one character for one, so offsets stay the run's.
        var plain = DraftingKit.Text.PrintedText.Normalize(run.Text);
        foreach (var (start, length) in SymbolTokens.In(plain))
        {
            if (Candidate(plain.Substring(start, length)) is not { } symbol || DocumentSymbolRule.IsWellFormed(symbol))
            {
                continue;
            }

            var exact = context.Locator.IsVerbatim(run);
            var span = exact ? context.Lines.Span(run.Span.Start + start, symbol.Length) : run.Span;
            var fix = exact && Repair(symbol) is { } repaired ? new[] { context.Edit(span.Start, span.Length, repaired) } : null;
            context.Report(DocumentSymbolRule.Rule, span, fix, symbol, DocumentSymbolRule.Advice(symbol));
        }
    }

    /// <summary>
    /// The symbol with only its separators mended (backslashes and doubled slashes as single slashes, no slash at
    /// either end, the series in capitals), when that alone makes it well formed; otherwise null: what was meant
    /// by a symbol with a wrong element cannot be known.
    /// </summary>
    internal static string? Repair(string symbol)
    {
        var elements = symbol.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (elements.Length < 2)
        {
            return null;
        }

        elements[0] = elements[0].ToUpperInvariant();
        var repaired = string.Join("/", elements);
        return repaired != symbol && DocumentSymbolRule.IsWellFormed(repaired) ? repaired : null;
    }

    /// <summary>
    /// The token up to a mark that ends the symbol's sentence: inside a symbol a full stop or a comma is followed by
    /// a letter or a figure ("C.3", "Add.1"), so "A/50/1027.(CTBT)", a footnote's text run into the paragraph's, is
    /// read as "A/50/1027."; and a closing parenthesis the symbol did not open closes the sentence's, so
    /// "(S/PRST/2015/10),17 August 2015", with the space after its comma missing, is read as "S/PRST/2015/10)".
    /// </summary>
    private static string SentenceEnd(string token)
    {
        var open = 0;
        for (var i = 0; i + 1 < token.Length; i++)
        {
            open += token[i] == '(' ? 1 : token[i] == ')' ? -1 : 0;
            if (open < 0 || token[i] is '.' or ',' or ';' or ':' && !char.IsLetterOrDigit(token[i + 1]))
            {
                return token.Substring(0, i + 1);
            }
        }

        return token;
    }

    /// <summary>The token without the punctuation of the sentence after it; a closing parenthesis stays when it closes one the symbol opened ("S/RES/2566(2021)").</summary>
    private static string TrimSentence(string token)
    {
        var end = token.Length;
        while (end > 0 && Array.IndexOf(Closing, token[end - 1]) >= 0)
        {
            if (token[end - 1] == ')' && Count(token, '(', end) >= Count(token, ')', end))
            {
                break;
            }

            end--;
        }

        return token.Substring(0, end);
    }

    private static int Count(string text, char c, int before)
    {
        var count = 0;
        for (var i = 0; i < before; i++)
        {
            count += text[i] == c ? 1 : 0;
        }

        return count;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks the runs of plain, italic and bold text; a link's words are the symbol it links, DocumentSymbolRule's.</summary>
    private sealed class RunChecker : InlineWalker
    {
        private readonly RuleContext context;

        public RunChecker(RuleContext context) => this.context = context;

        protected override void VisitText(TextRun run) => CheckRun(context, run);

        protected override void VisitLink(DocumentLink link)
        {
        }
    }
}
