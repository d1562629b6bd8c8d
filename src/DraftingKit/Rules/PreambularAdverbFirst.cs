using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// Preambular paragraphs whose lead puts the repeat adverb before the participle ("Also recalling", "Further
/// noting with concern"), with the fix that moves it after the participle. DK1105 reports those whose lead is
/// the participle alone in a General Assembly text, DK1104 the others: real practice with a longer lead (5 in
/// the Assembly's 75-77), and in the Security Council's texts even with the participle alone ("Also recalling",
/// "Further recalling": 10 in 2020-2024).
/// </summary>
internal static class PreambularAdverbFirst
{
    public sealed record Case(PreambularParagraph Paragraph, int Start, int Length, string Written, string Right, bool RealPractice);

    public static IEnumerable<Case> Find(ResolutionDocument document, LeadReadings leads)
    {
        if (!document.Header.Organ.KeepsRepeatLadder)
        {
            // The Security Council writes both orders ("Also recalling" 36 times in 2020-2024, "Recalling also" 12):
            // neither DK1104 nor DK1105 judges a Council text (Model/organs.tsv, column repeats).
            yield break;
        }

        foreach (var paragraph in document.PreambularParagraphs())
        {
            var reading = leads.Of(paragraph.Text);
            var words = reading.Words;
            if (!words.Has(1) || !(words.Is(0, "Also") || words.Is(0, "Further")) || !EndsWithIng(words, 1))
            {
                continue;
            }

            var start = words.Start(0);
            var length = words.End(1) - start;
            var right = LeadGrammar.Capitalized(words.Word(1)) + " " + words.Word(0).ToLowerInvariant();

            // The drafter's italics say how long the lead is; with none, the lead is taken to be the participle.
            var italic = paragraph.Text.ItalicLead;
            var longer = italic is not null && LeadWords.CountIn(italic, 3) > 2;
            var assembly = document.Header.Organ.Key == Organ.GeneralAssembly.Key;
            yield return new Case(paragraph, start, length, reading.Plain.Substring(start, length), right, longer || !assembly);
        }
    }

    private static bool EndsWithIng(LeadWords words, int index) =>
        words.Length(index) >= 3 && string.CompareOrdinal(words.Text, words.End(index) - 3, "ing", 0, 3) == 0;
}
