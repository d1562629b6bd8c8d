using System.Text.RegularExpressions;
using DraftingKit.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK6001: a document symbol is well formed: elements separated by single slashes, the first a series letter
/// or letters ("A", "E", "S", "ST"), then bodies with their numbers ("C.3", "CN.15", "CONF.192", "HRC"),
/// sessions and years, serial numbers, and modifiers ("L.11", "Rev.1", "Add.2", "SR.6-8"); joint symbols are
/// joined by a hyphen ("E/CN.7/2017/3-E/CN.15/2017/3"); the parts of a resolution follow a space
/// ("A/RES/75/101 A-B"). Checked in the front matter, in link targets and in the running text of the body and the
/// footnotes (<see cref="SymbolsInText"/>), where a symbol of the Organization's own series is written out.
/// </summary>
internal sealed partial class DocumentSymbolRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.DocumentSymbolForm, "document-symbol-form", RuleCategory.Symbols, DraftingSeverity.Error,
        "Malformed document symbol",
        "'{0}' is not a well-formed document symbol; {1}",
        fix: DraftingFix.Sometimes("Mend the separators of the symbol", "In running text, when mending the separators alone makes the symbol well formed (\"A//75/112\" → \"A/75/112\", \"A\\\\75\\\\112\" → \"A/75/112\", \"A/75/112/\" → \"A/75/112\", \"s/2020/1\" → \"S/2020/1\"); otherwise no: which symbol was meant cannot be known from a malformed one."),
        scope: RuleScope.Paragraph);

    // One element: letters with dotted numbers or subseries ("CN.15", "L.11", "Rev.1", "SR.6-8", "Sub.2"),
    // a number or range ("177", "6-8"), a session marker ("S-30", "ES-10"), or a number with its qualifier: "2334 (2016)", "1874 (S-IV)",
    // "2252 (ES-V)", "A/76/6 (Introduction)", "A/77/6 (Plan outline)" (a fascicle named in words), "A/75/49 (Vol. I)".
    private const string Element = @"(?:[A-Z][A-Za-z]*(?:\.[0-9]+(?:[-–][0-9]+)?|\.[A-Z][A-Za-z]*)*(?:-[0-9]+)?(?:\([0-9]+\))?|[0-9]+(?:-[0-9]+)?[A-Z]?(?:\s?\((?:[0-9]{4}|[IVXL]+|E?S-[IVX]+|[A-Z][a-z]+(?:\s[a-z]+){0,2}|Sect\.\s?[0-9]+[A-Z]?|(?:Part|Parts|Vol\.)\s?[IVX]+(?:\sand\s[IVX]+)?)\))?)";
    // A resolution adopted in parts carries its letters after a space, as the UN's cover pages print it:
    // "A/RES/75/101 A-B", "A/RES/72/262 C".
    private const string Single = @"[A-Z]+(?:\.[0-9]+)?(?:/" + Element + @")+(?:\s[A-Z](?:[-‑][A-Z])?)?";

    // A joint document carries each organ's symbol, joined by a hyphen ("A/75/195-S/2020/834") or, as some texts
    // print it, an en dash ("A/71/982–S/2017/600", A/RES/75/272).
    private const string SymbolText = "^" + Single + "(?:[-‑–]" + Single + ")*$";
    private static readonly Regex Symbol = SymbolPattern();
#if NET
    [GeneratedRegex(SymbolText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex SymbolPattern();
#else
    private static Regex SymbolPattern() => Patterns.AtRunTime(SymbolText, RegexOptions.CultureInvariant);
#endif

    // "S-30/1", "ES-10/15": resolutions of special and emergency special sessions, numbers rather than symbols.
    private const string SpecialSessionResolutionText = @"^E?S[-‑][0-9]+/[0-9]+(?:\s?[A-Z])?$";
    private static readonly Regex SpecialSessionResolution = SpecialSessionResolutionPattern();
#if NET
    [GeneratedRegex(SpecialSessionResolutionText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex SpecialSessionResolutionPattern();
#else
    private static Regex SpecialSessionResolutionPattern() => Patterns.AtRunTime(SpecialSessionResolutionText, RegexOptions.CultureInvariant);
#endif

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (context.Document.Header.Symbol is { Length: > 0 } symbol && context.Document.Header.SpanOf("symbol") is { } symbolSpan && !IsWellFormed(symbol))
        {
            context.Report(Rule, symbolSpan, symbol, Advice(symbol));
        }

        foreach (var (text, holds) in context.Texts)
        {
            CheckLinks(context, text);

            // PERF: no symbol is written without a slash or a backslash (ScannedTexts scanned the texts once).
            if ((holds & TextHolds.SymbolSeparator) != 0)
            {
                SymbolsInText.Check(context, text);
            }
        }
    }

    /// <summary>True when <paramref name="symbol"/> reads as a UN document symbol.</summary>
    public static bool IsWellFormed(string symbol)
    {
        try
        {
            return Symbol.IsMatch(symbol);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The symbol a link points at: its target when that is a symbol, the path of an undocs.org address, or null
    /// when the link is not to a UN document by symbol (a resolution number such as "73/186", a web page).
    /// </summary>
    public static string? SymbolOf(DocumentLink link)
    {
        var target = link.Target.Trim();
        if (target.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            // An address (https://undocs.org/en/A/RES/1514(XV)) follows the site's conventions, not the
            // symbol's; the symbol is what the link shows, when it shows one ("A/76/299-S/2021/749").
            var shown = link.Content.PlainText.Trim().TrimEnd('.', ',', ';');
            return LooksLikeSymbol(shown) ? shown : null;
        }

        return LooksLikeSymbol(target) ? target : null;
    }

    /// <summary>
    /// Text meant as a symbol: it opens with a capital letter and has a slash ("A/74/400"); "73/186" is a
    /// resolution number and "Official Records" a title.
    /// </summary>
    private static bool LooksLikeSymbol(string text) =>
        text.Length > 2 && !SpecialSessionResolution.IsMatch(text) && char.IsUpper(text[0]) && text.IndexOf('/') > 0 && text.IndexOf(' ') is < 0 or > 3
        && !text.StartsWith("#", StringComparison.Ordinal);

    private static void CheckLinks(RuleContext context, InlineText text) => new LinkChecker(context).Walk(text);

    /// <summary>Reports each link whose symbol is malformed, in plain, italic or bold text.</summary>
    private sealed class LinkChecker : InlineWalker
    {
        private readonly RuleContext context;

        public LinkChecker(RuleContext context) => this.context = context;

        protected override void VisitLink(DocumentLink link)
        {
            if (SymbolOf(link) is { } symbol && !IsWellFormed(symbol))
            {
                context.Report(Rule, link.Span, symbol, Advice(symbol));
            }
        }
    }

    internal static string Advice(string symbol)
    {
        if (symbol.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            return "it has an empty element between two slashes";
        }

        if (symbol.EndsWith("/", StringComparison.Ordinal) || symbol.StartsWith("/", StringComparison.Ordinal))
        {
            return "it starts or ends with a slash";
        }

        if (symbol.IndexOf(' ') >= 0 || symbol.IndexOf('\\') >= 0)
        {
            return "elements are separated by single slashes, with no spaces or backslashes";
        }

        if (symbol.Length > 0 && char.IsLower(symbol[0]))
        {
            return "a symbol opens with its series in capitals ('A/', 'E/', 'S/')";
        }

        return "write it as the UN does, e.g. 'A/RES/74/177', 'A/C.3/72/L.11/Rev.1', 'E/CN.15/2017/11'";
    }
}
