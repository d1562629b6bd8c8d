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

    public static IEnumerable<Rung> Read(ResolutionDocument document) => Read(document, new LeadReadings(LeadGrammar.Default));

    /// <summary>The rungs, from the lead readings the rules of one lint share.</summary>
    public static IEnumerable<Rung> Read(ResolutionDocument document, LeadReadings leads)
    {
        foreach (var (paragraph, part, _) in Paragraphs.Operative(document))
        {
            var reading = leads.Of(paragraph.Text);
            var plain = reading.Plain;
            var words = reading.Words;
            if (!words.Has(0) || !char.IsUpper(words.First(0)))
            {
                continue;
            }

            if (LeadGrammar.IsLadderAdverb(words, 0) && words.Has(1))
            {
                yield return new Rung(paragraph, part, LeadGrammar.Capitalized(words.Word(1)), words.Word(0), false, words.Start(0), plain.Substring(words.Start(0), words.End(1) - words.Start(0)));
                continue;
            }

            var italic = paragraph.Text.ItalicLead;
            var adverbInLead = italic is null || LeadWords.CountIn(italic, 2) > 1;
            if (words.Has(1) && (words.Is(1, "also") || words.Is(1, "further")) && adverbInLead && LeadGrammar.Default.OperativeVerbs.Contains(words.Word(0)))
            {
                var adverb = LeadGrammar.Capitalized(words.Word(1));
                yield return new Rung(paragraph, part, words.Word(0), adverb, true, words.Start(0), plain.Substring(words.Start(0), words.End(1) - words.Start(0)));
                continue;
            }

            yield return new Rung(paragraph, part, words.Word(0), null, false, words.Start(0), words.Word(0));
        }
    }

    /// <summary>"Also requests" for verb "Requests" and adverb "Also".</summary>
    public static string Write(string adverb, string verb) => adverb + " " + char.ToLowerInvariant(verb[0]) + verb.Substring(1);

    public static bool Is(string? adverb, string expected) => string.Equals(adverb, expected, StringComparison.Ordinal);
}
