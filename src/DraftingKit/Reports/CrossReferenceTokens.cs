using System.Text.RegularExpressions;
using DraftingKit.Model;

namespace DraftingKit.Reports;

/// <summary>
/// The computed cross-references a drafter writes in report text: "(<c>{see L.6}</c>)" prints "(see para. 20, draft
/// resolution IV)" with the paragraph and label of the text whose include block has <c>id: L.6</c>.
/// </summary>
public static class CrossReferenceTokens
{
    private static readonly Regex Token = new(@"\{see (?<id>[^{}\s]+)\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The tokens of <paramref name="text"/>: the id and where the token stands in the run's text.</summary>
    public static IEnumerable<(TextRun Run, string Id, int Index, int Length)> Find(InlineText text)
    {
        var found = new List<(TextRun, string, int, int)>();
        Collect(text, found);
        return found;
    }

    /// <summary><paramref name="text"/> with every token replaced by its cross-reference; an unknown id stays as written.</summary>
    public static InlineText Resolve(InlineText text, ReportLayout layout)
    {
        var changed = false;
        var output = new List<Inline>(text.Inlines.Count);
        foreach (var inline in text.Inlines)
        {
            var replaced = inline switch
            {
                TextRun run when run.Text.IndexOf("{see ", StringComparison.Ordinal) >= 0 => run with { Text = Replace(run.Text, layout) },
                Emphasis emphasis => emphasis with { Content = Resolve(emphasis.Content, layout) },
                _ => inline,
            };
            changed |= !ReferenceEquals(replaced, inline);
            output.Add(replaced);
        }

        return changed ? new InlineText(EquatableArray.From(output)) : text;
    }

    private static string Replace(string text, ReportLayout layout)
    {
        try
        {
            return Token.Replace(text, match => layout.Find(match.Groups["id"].Value) is { } target ? layout.CrossReference(target) : match.Value);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static void Collect(InlineText text, List<(TextRun, string, int, int)> found) => new TokenFinder(found).Walk(text);

    /// <summary>The tokens in plain and italic runs; bold and linked words hold none.</summary>
    private sealed class TokenFinder : InlineWalker
    {
        private readonly List<(TextRun, string, int, int)> found;

        public TokenFinder(List<(TextRun, string, int, int)> found) => this.found = found;

        protected override void VisitText(TextRun run)
        {
            if (run.Text.IndexOf("{see ", StringComparison.Ordinal) < 0)
            {
                return;
            }

            try
            {
                foreach (Match match in Token.Matches(run.Text))
                {
                    found.Add((run, match.Groups["id"].Value, match.Index, match.Length));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A run too hostile to search has no token worth resolving.
            }
        }

        protected override void VisitStrongEmphasis(StrongEmphasis strong)
        {
        }

        protected override void VisitLink(DocumentLink link)
        {
        }
    }
}
