using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Support;

/// <summary>
/// The lead vocabulary as scripts/vocabulary/generate_leads.py collects it, read from documents rather than files, so
/// that a test can build it from some sessions and try it on another: each preambular italic lead, each numbered
/// operative one, and how many paragraphs open with each lead's words.
/// </summary>
internal static class CorpusLeads
{
    /// <summary>Each paragraph that opens with an italic lead: its text, the lead as the script cleans it, and its kind.</summary>
    public static IEnumerable<(string Text, string Lead, bool Operative)> Of(ResolutionDocument document)
    {
        foreach (var paragraph in document.PreambularParagraphs())
        {
            if (Clean(paragraph.Lead) is { } lead)
            {
                yield return (paragraph.Text.PlainText, lead, false);
            }
        }

        foreach (var (paragraph, _, _) in Paragraphs.Operative(document))
        {
            if (paragraph.Number is not null && Clean(paragraph.Lead) is { } lead)
            {
                yield return (paragraph.Text.PlainText, lead, true);
            }
        }
    }

    /// <summary>The vocabulary of <paramref name="documents"/>: each lead's count, and how many paragraphs open with its words.</summary>
    public static LeadVocabulary VocabularyOf(IEnumerable<ResolutionDocument> documents)
    {
        var preambular = new Dictionary<string, int>(StringComparer.Ordinal);
        var operative = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = documents.ToList();
        foreach (var (_, lead, isOperative) in list.SelectMany(Of))
        {
            var counts = isOperative ? operative : preambular;
            counts[lead] = counts.GetValueOrDefault(lead) + 1;
        }

        var preambularOpens = new Dictionary<string, int>(StringComparer.Ordinal);
        var operativeOpens = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in list)
        {
            foreach (var paragraph in document.PreambularParagraphs())
            {
                CountOpenings(preambularOpens, preambular, paragraph.Text.PlainText);
            }

            foreach (var (paragraph, _, _) in Paragraphs.Operative(document))
            {
                if (paragraph.Number is not null)
                {
                    CountOpenings(operativeOpens, operative, paragraph.Text.PlainText);
                }
            }
        }

        return new LeadVocabulary(preambular, operative, preambularOpens, operativeOpens);
    }

    // Every lead the text opens with, ending where one of its first 16 words ends, as the script and the importer match one.
    private static void CountOpenings(Dictionary<string, int> opens, Dictionary<string, int> leads, string text)
    {
        for (int end = 1, words = 0; end <= text.Length && words < 16; end++)
        {
            if ((end == text.Length || !char.IsLetterOrDigit(text[end])) && char.IsLetterOrDigit(text[end - 1]))
            {
                words++;
                var opening = text.Substring(0, end);
                if (leads.ContainsKey(opening))
                {
                    opens[opening] = opens.GetValueOrDefault(opening) + 1;
                }
            }
        }
    }

    private static string? Clean(string? lead)
    {
        var clean = string.Join(" ", (lead ?? string.Empty).Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ';', ':').Trim();
        return clean.Length > 0 && char.IsUpper(clean[0]) ? clean : null;
    }
}
