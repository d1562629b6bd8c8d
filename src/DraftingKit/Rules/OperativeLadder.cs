using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// Reads the operative leads of each part as rungs of the repeat ladder: "Requests" (plain), "Also requests",
/// "Further requests", and the model-UN form "Requests also" that puts the adverb after the verb. An adverb
/// outside the italic lead belongs to the sentence ("*Encourages* further cooperation"), not to the lead.
/// </summary>
internal static class OperativeLadder
{
    public sealed record Rung(OperativeParagraph Paragraph, int Part, string Verb, string? Adverb, bool AdverbAfterVerb, int LeadStart, string LeadText);

    public static IEnumerable<Rung> Read(ResolutionDocument document)
    {
        foreach (var (paragraph, part, _) in Paragraphs.Operative(document))
        {
            var plain = paragraph.Text.PlainText;
            var words = LeadGrammar.Words(plain, 3);
            if (words.Count == 0 || !char.IsUpper(words[0].Word[0]))
            {
                continue;
            }

            var first = words[0];
            if (LeadGrammar.IsLadderAdverb(first.Word) && words.Count > 1)
            {
                var verb = words[1];
                yield return new Rung(paragraph, part, LeadGrammar.Capitalized(verb.Word), first.Word, false, first.Start, plain.Substring(first.Start, verb.Start + verb.Word.Length - first.Start));
                continue;
            }

            var italic = paragraph.Text.ItalicLead;
            var adverbInLead = italic is null || LeadGrammar.Words(italic).Count > 1;
            if (words.Count > 1 && words[1].Word is "also" or "further" && adverbInLead && LeadGrammar.Default.OperativeVerbs.Contains(first.Word))
            {
                var adverb = LeadGrammar.Capitalized(words[1].Word);
                yield return new Rung(paragraph, part, first.Word, adverb, true, first.Start, plain.Substring(first.Start, words[1].Start + words[1].Word.Length - first.Start));
                continue;
            }

            yield return new Rung(paragraph, part, first.Word, null, false, first.Start, first.Word);
        }
    }

    /// <summary>"Also requests" for verb "Requests" and adverb "Also".</summary>
    public static string Write(string adverb, string verb) => adverb + " " + char.ToLowerInvariant(verb[0]) + verb.Substring(1);

    public static bool Is(string? adverb, string expected) => string.Equals(adverb, expected, StringComparison.Ordinal);
}
