using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// DK1106 and DK2006 ask whether a lead phrase opens a paragraph (the lead grammar read over its words) only where
/// a finding would follow, after the cheap look-ups of the head. On every paragraph of the seeds, 74/177 and the
/// imported Assembly and Council templates, and on written paragraphs, they must find what the former order found
/// (<see cref="Before"/>, kept as it ran) as preambular and as operative paragraphs.
/// </summary>
public sealed class UnknownLeadOrderTests
{
    private static readonly string[] Written =
    {
        "Some States have", "Welcmes the report", "Recallng its resolution", "Recognising the need", "Authorises the mission",
        "Requests the Secretary-General", "Recalling its resolution", "In that regard, notes with concern", "These efforts",
        "Noting", "Deeply concerned", "Emphasizing", "Emphasising", "Reaffirmng", "Requets", "Decidess", "  The Assembly",
        "THE", "Quickly", "Further recallng", "Also requets", "Those", "Its", "", " ", "Take notes", "Notes with appreciation",
    };

    [Fact]
    public void Every_paragraph_gives_the_former_finding()
    {
        var grammar = LeadGrammar.Default;
        var files = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .Append(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"))
            .Concat(Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md"))
            .Concat(Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates"), "*.res.md"));
        var texts = files.SelectMany(path => TextRuns.Everywhere(TemplateReader.ReadFile(path).Document))
            .Concat(Written.Select(w => TextRuns.Everywhere(TemplateReader.Read("t.res.md", "---\nkind: resolution\norgan: General Assembly\ntitle: T\n---\n\nThe General Assembly,\n\n" + w + ",\n").Document).Last()));
        var found = 0;
        foreach (var text in texts)
        {
            foreach (var operative in new[] { false, true })
            {
                var expected = Before.Find(grammar, new LeadReading(grammar, text), operative);
                Assert.Equal(expected, UnknownLead.Find(grammar, new LeadReading(grammar, text), operative));
                found += expected is null ? 0 : 1;
            }
        }

        Assert.True(found >= Written.Length / 3, "the written slips are found: " + found);
    }

    /// <summary>UnknownLead.Find as it ran before: the lead phrase read first for every paragraph.</summary>
    private static class Before
    {
        public static UnknownLead.Finding? Find(LeadGrammar grammar, LeadReading reading, bool operative)
        {
            var leading = reading.Leading;
            if (reading.HeadWord is not { } word || !char.IsUpper(reading.Plain[leading]) || reading.HasLeadPhrase(operative))
            {
                return null;
            }

            var start = reading.Words.Start(reading.Head) - leading;
            var heads = operative ? grammar.OperativeVerbs : grammar.PreambularHeads;
            var capital = LeadGrammar.Capitalized(word);
            if (grammar.OperativeVerbs.Contains(capital) || grammar.PreambularHeads.Contains(capital) || (operative && grammar.OperativeFormOf(capital) is not null))
            {
                return null;
            }

            if (!operative && start == 0 && LeadPhraseGrammar.IsClosedClass(word))
            {
                return new UnknownLead.Finding(leading, word, null);
            }

            if (word.Length < 6 || !char.IsUpper(word[0]))
            {
                return null;
            }

            string? nearest = null;
            foreach (var head in heads)
            {
                if (capital.Length == head.Length && capital != head && capital.Replace('z', 's') == head.Replace('z', 's'))
                {
                    return null;
                }

                if (head.Length >= 5 && UnknownLead.IsOneEditAway(capital, head))
                {
                    if (nearest is not null)
                    {
                        return null;
                    }

                    nearest = head;
                }
            }

            return nearest is null ? null : new UnknownLead.Finding(leading + start, word, nearest);
        }
    }
}
