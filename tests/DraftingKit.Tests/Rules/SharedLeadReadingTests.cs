using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Rules.LeadParseBefore;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// The lead rules (DK1101–DK1106, DK2001–DK2006) share one reading of each paragraph (<see cref="LeadReading"/>:
/// words as offsets, the head, how far the lead reaches) where each rule cut the paragraph into word strings for
/// itself (<see cref="WordsBefore"/>, kept as it ran). On every text of the seed templates and 74/177, and on forms
/// written to reach the edges of the word reader, the shared reading must say what the rules' own parse said.
/// </summary>
public sealed class SharedLeadReadingTests
{
    private static readonly string[] Written =
    {
        "  Recalling its resolution 73/123", "In that regard, notes with concern", "In that regard,", "in particular, welcomes",
        "Also requests the Secretary-General", "Requests also", "Further recalling", "Once again expresses its deep concern",
        "Deeply concerned", "Expresses the hope", "Welcomes and expresses strong support for", "Guided by and determined to",
        "Continues to encourage", "Some States have", "Welcmes the report", "Recallng", "States’ obligations", "Member States'",
        "Takes note with appreciation of", "Calls upon all States", "\u00A0Noting", "Acknowledges with great appreciation the",
        "REQUESTS", "Requests1 that", "", " ", "-", "Notes, with concern", "Equally ALSO requests", "Quickly", "Really ly",
        "Decides: that", "Expresses solidarity with and compassion for", "Reaffirming also its unwavering commitment to",
    };

    private static IEnumerable<InlineText> SeedTexts() =>
        Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .Concat(new[] { RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md") })
            .SelectMany(path => TextRuns.Everywhere(TemplateReader.ReadFile(path).Document));

    private static IEnumerable<string> Texts() =>
        SeedTexts().SelectMany(text => new[] { text.PlainText, text.ItalicLead ?? string.Empty }).Concat(Written);

    [Fact]
    public void The_words_are_those_the_rules_cut_from_the_text()
    {
        var compared = 0;
        foreach (var plain in Texts())
        {
            var before = WordsBefore.Words(plain);
            var words = new LeadWords(plain);
            Assert.Equal(before.Count, words.Count);
            Assert.Equal(before.Count, LeadWords.CountIn(plain));
            Assert.Equal(Math.Min(before.Count, 2), LeadWords.CountIn(plain, 2));
            for (var i = 0; i < before.Count; i++)
            {
                Assert.Equal(before[i].Start, words.Start(i));
                Assert.Equal(before[i].Word, words.Word(i));
                Assert.True(words.Is(i, before[i].Word));
                compared++;
            }

            var lazy = new LeadWords(plain);
            for (var i = 0; i <= before.Count; i++)
            {
                Assert.Equal(i < before.Count, lazy.Has(i));
            }

            var three = new LeadWords(plain, 0, 3);
            Assert.Equal(Math.Min(before.Count, 3), three.Count);
        }

        Assert.True(compared > 10_000, "words compared: " + compared);
    }

    [Fact]
    public void The_words_read_from_an_offset_are_those_of_the_text_cut_there()
    {
        foreach (var plain in Texts().Where(text => text.Length > 6).Take(2000))
        {
            var from = plain.Length / 3;
            var before = WordsBefore.Words(plain.Substring(from));
            var words = new LeadWords(plain, from);
            Assert.Equal(before.Count, words.Count);
            for (var i = 0; i < before.Count; i++)
            {
                Assert.Equal(from + before[i].Start, words.Start(i));
                Assert.Equal(before[i].Word, words.Word(i));
            }
        }
    }

    [Fact]
    public void The_head_is_the_one_the_rules_found()
    {
        var heads = 0;
        foreach (var plain in Texts())
        {
            var before = WordsBefore.Head(plain);
            var reading = new LeadReading(LeadGrammar.Default, InlineText.Plain(plain));
            Assert.Equal(before?.Word, reading.HeadWord);
            Assert.Equal(before?.Start ?? -1, reading.Head < 0 ? -1 : reading.Words.Start(reading.Head));
            Assert.Equal(before, LeadGrammar.Head(plain));
            heads += before is null ? 0 : 1;
        }

        Assert.True(heads > 1000, "heads found: " + heads);
    }

    [Fact]
    public void The_lead_phrase_is_the_one_the_rules_read()
    {
        var grammar = LeadGrammar.Default;
        var leads = 0;
        foreach (var plain in Texts())
        {
            var leading = Paragraphs.LeadingSpace(plain);
            var rest = plain.Substring(leading);
            var reading = new LeadReading(grammar, InlineText.Plain(plain));
            foreach (var operative in new[] { true, false })
            {
                var before = WordsBefore.LeadPhrase(grammar, rest, operative);
                Assert.Equal(before, grammar.LeadPhrase(rest, operative));
                Assert.Equal(before is not null, reading.HasLeadPhrase(operative));
                Assert.Equal(before is not null, reading.HasLeadPhrase(operative)); // the kept answer
                leads += before is null ? 0 : 1;
            }
        }

        Assert.True(leads > 1000, "leads read: " + leads);
    }

    [Fact]
    public void Each_text_is_read_once_a_lint_and_equal_texts_each_have_their_own_reading()
    {
        var leads = new LeadReadings(LeadGrammar.Default);
        var text = InlineText.Plain("Requests the Secretary-General");
        var equal = InlineText.Plain("Requests the Secretary-General");
        Assert.Same(leads.Of(text), leads.Of(text));
        Assert.NotSame(leads.Of(text), leads.Of(equal));
        Assert.Equal(text, equal); // the readings kept are no part of the text's value
    }
}
