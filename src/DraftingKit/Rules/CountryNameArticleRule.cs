using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rules;

/// <summary>
/// DK7022: a State whose name the UN writes with "the" in running text ("the Netherlands", "the Sudan", "the
/// Republic of Korea"), written without it after a preposition or a verb ("the Government of Netherlands",
/// "in Sudan"), or with a capital "The" inside a sentence ("in The Gambia"). The names and their articles are
/// those of the UN's list of Member States (<c>member-states.tsv</c>, the sponsor rules' list). Not judged: a name
/// used as a modifier ("Russian Federation migration law"), a list of names ("Cuba and Netherlands", as lists and
/// tables of States print them), a name after a city ("Glasgow, United Kingdom …"), annexes (which may reproduce a
/// State's own designations) and Security Council texts, which write "Sudan" (445 times in 2020–2024).
/// </summary>
internal sealed class CountryNameArticleRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CountryNameArticle, "country-name-article", RuleCategory.Style, DraftingSeverity.Warning,
        "Country name without its article",
        "'{0}' is written '{1}' in running text, as the UN's list of Member States names it; write '{2}'",
        fix: DraftingFix.Always(
            "Write the article of the country name",
            "Writes \"the\" before the name, or \"the\" for a capital \"The\" inside a sentence."),
        organs: "All but the Security Council, whose texts are not judged",
        scope: RuleScope.Paragraph);

    // The words after which running text names a State as a noun: prepositions, conjunctions and the verbs of
    // operative and preambular leads that take a State as their object.
    private const string Before = "of|in|to|by|from|with|for|on|at|between|against|upon|within|towards?|into|across|throughout|including|and|or|"
        + "urges|encourages|invites|welcomes|requests|commends|condemns|calls|supports|thanks|visit";

    // After the name, a noun makes it a modifier ("Russian Federation migration law"); a verb, a preposition or an
    // adverb follows a name that is the noun itself ("by Russian Federation against", "of Netherlands conducts").
    private static readonly Regex Noun = new(
        @"^(?:[a-z]+(?:ion|ment|ity|ities|ance|ence)s?|laws?|legislation|forces|troops|authorities|nationals|citizens|territory|borders?|markets?|officials|courts?|armed)$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Lazy<Regex> Pattern = new(() =>
    {
        var names = ArticleNames()
            .Select(n => Regex.Escape(n).Replace("'", "['’]"))
            .OrderByDescending(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal);
        return new Regex(
            @"(?<![\w-])(?<before>(?i:" + Before + @"))\s+(?<the>The\s+)?(?<name>" + string.Join("|", names) + @")(?![\w-])(?<after>’s|'s|\s+[a-z]+)?",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    });

    // PERF: the pattern tries its lead words at every word of every text; a text without one of the names (up to an
    // apostrophe, which the pattern reads either way) cannot match, and most texts name no such State.
    private static readonly Lazy<DraftingKit.Text.Literals> Names = new(() =>
        new DraftingKit.Text.Literals(ArticleNames().Select(n => n.IndexOf('\'') is var quote and >= 0 ? n.Substring(0, quote) : n)));

    /// <summary>The names the UN writes with "the", without it: "Netherlands", "Republic of Korea".</summary>
    private static IEnumerable<string> ArticleNames() => StateNames.Default.Names
        .Where(n => n.Name.StartsWith("the ", StringComparison.Ordinal) && n.Until is null)
        .Select(n => n.Name.Substring(4));

    /// <summary>True when <paramref name="plain"/>, in its printed normal form, may hold a match of the pattern.</summary>
    internal static bool MayMatch(string plain) => Names.Value.AnyIn(DraftingKit.Text.PrintedText.Normalize(plain));

    /// <summary>The pattern, for the test that the prefilter never rules out a text it matches.</summary>
    internal static Regex PatternForTests => Pattern.Value;

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (context.Document.Header.Organ.Name == Organ.SecurityCouncil.Name)
        {
            return;
        }

        foreach (var text in DocumentText.RunningText(context.Document))
        {
            // The plain text, not each run: a lead in italics governs the name after it ("*Invites* the Philippines").
            var plain = text.PlainText;
            if (!MayMatch(plain))
            {
                continue;
            }

            foreach (var match in RegexMatches.AllOrNone(Pattern.Value, plain))
            {
                Check(context, text, plain, match);
            }
        }
    }

    private static void Check(RuleContext context, InlineText text, string plain, Match match)
    {
        var name = match.Groups["name"];
        var after = match.Groups["after"];
        if (after.Success && Noun.IsMatch(after.Value.TrimStart()))
        {
            return; // A modifier: "the application of Russian Federation migration law".
        }

        var before = match.Groups["before"].Value.ToLowerInvariant();
        if (before is "and" or "or" && EndsWithStateName(plain.Substring(0, match.Index)))
        {
            return; // A list of States as lists and tables print them: "Cambodia, Comoros and Congo".
        }

        var right = "the " + name.Value;
        if (match.Groups["the"] is { Success: true } capital)
        {
            var span = context.Locator.Locate(text, capital.Index, 3, out var exact);
            context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, "the") } : null, "The " + name.Value, right, right);
            return;
        }

        var at = context.Locator.Locate(text, name.Index, name.Length, out var precise);
        context.Report(Rule, at, precise ? new[] { context.Edit(at.Start, 0, "the ") } : null, name.Value, right, match.Groups["before"].Value + " " + right);
    }

    /// <summary>True when <paramref name="text"/> ends with a State's name and perhaps a comma: the list goes on.</summary>
    private static bool EndsWithStateName(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd(',');
        foreach (var state in StateNames.Default.Names)
        {
            var bare = StateNames.WithoutArticle(state.Name);
            if (trimmed.EndsWith(bare, StringComparison.Ordinal) && (trimmed.Length == bare.Length || !char.IsLetter(trimmed[trimmed.Length - bare.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
