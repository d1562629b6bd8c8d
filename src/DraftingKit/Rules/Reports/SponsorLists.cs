using System.Text.RegularExpressions;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rules;

/// <summary>The sponsors of one draft as a report names them: the first sponsors, then those who joined later.</summary>
internal sealed record SponsorList(IReadOnlyList<SponsorName> Names, IReadOnlyList<SponsorName> Later);

/// <summary>
/// Finds the sponsor lists of a report: those of the proceedings (one name a YAML item) and those written in a
/// paragraph's text ("… and was submitted by Armenia, Belarus and the Central African Republic. Subsequently, … joined
/// in sponsoring the draft resolution."; "the representative of Italy, on behalf of Argentina, …, introduced").
/// </summary>
internal static class SponsorLists
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Submitted = new(@"submitted by (?:the sponsors of draft (?:resolution|decision) \S+ and )?(?<list>[^.]+)\.(?: |$)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Later = new(@"Subsequently, (?<list>.+?) joined in sponsoring", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex OnBehalf = new(@"on behalf of (?<list>[A-Z][^“""]+?), introduced", RegexOptions.CultureInvariant, Timeout);

    public static IEnumerable<SponsorList> Find(ReportRuleContext context)
    {
        var lists = new List<SponsorList>();
        foreach (var block in context.Document.Blocks)
        {
            switch (block)
            {
                case ProceedingParagraph { Proceeding: DraftBeforeCommittee before }:
                    lists.Add(new SponsorList(before.Sponsors, before.LaterSponsors));
                    break;
                case ReportParagraph paragraph:
                    FromText(context, block, paragraph.Text, lists);
                    break;
            }
        }

        return lists;
    }

    /// <summary>"A, B and C" split into names; a name holding " and " itself (Antigua and Barbuda) stays whole.</summary>
    public static List<(string Name, int Index)> Split(string list)
    {
        var names = new List<(string, int)>();
        var position = 0;
        var parts = list.Split(new[] { ", " }, StringSplitOptions.None);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == parts.Length - 1)
            {
                var cut = LastAndCut(part);
                if (cut > 0)
                {
                    names.Add((part.Substring(0, cut), position));
                    names.Add((part.Substring(cut + 5), position + cut + 5));
                    break;
                }
            }

            names.Add((part, position));
            position += part.Length + 2;
        }

        return names;
    }

    private static int LastAndCut(string part)
    {
        // The cut whose two halves are both names; failing that, the last " and ".
        var index = part.IndexOf(" and ", StringComparison.Ordinal);
        while (index > 0)
        {
            if (StateNames.Default.FindIgnoringArticle(part.Substring(0, index)).Count > 0 && StateNames.Default.FindIgnoringArticle(part.Substring(index + 5)).Count > 0)
            {
                return index;
            }

            index = part.IndexOf(" and ", index + 1, StringComparison.Ordinal);
        }

        return StateNames.Default.FindIgnoringArticle(part).Count > 0 ? -1 : part.LastIndexOf(" and ", StringComparison.Ordinal);
    }

    private static void FromText(ReportRuleContext context, ReportBlock block, InlineText text, List<SponsorList> lists)
    {
        var plain = text.PlainText;
        try
        {
            var first = new List<SponsorName>();
            var later = new List<SponsorName>();
            foreach (Match match in Submitted.Matches(plain))
            {
                Add(context, block, text, match.Groups["list"], first);
            }

            foreach (Match match in OnBehalf.Matches(plain))
            {
                Add(context, block, text, match.Groups["list"], first);
            }

            foreach (Match match in Later.Matches(plain))
            {
                Add(context, block, text, match.Groups["list"], later);
            }

            if (first.Count + later.Count > 0)
            {
                lists.Add(new SponsorList(first, later));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A paragraph too hostile to search holds no sponsor list worth checking.
        }
    }

    private static void Add(ReportRuleContext context, ReportBlock block, InlineText text, Group list, List<SponsorName> names)
    {
        foreach (var (name, index) in Split(list.Value))
        {
            // A group speaks through one State: "Uganda on behalf of the States Members of … the Group of African States".
            var state = name.IndexOf(" on behalf of ", StringComparison.Ordinal) is var cut and > 0 ? name.Substring(0, cut) : name;
            names.Add(new SponsorName(state, context.Locate(block, text, list.Index + index, state.Length, out _)));
        }
    }
}
