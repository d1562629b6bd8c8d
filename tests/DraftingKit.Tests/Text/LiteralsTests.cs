using DraftingKit.Text;
using DraftingKit.Tests.Support;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Text;

/// <summary>
/// The multi-string search the rules use to skip text before their patterns read it: it must find every string
/// wherever it stands (a miss would silence a finding), and never find one that is not there.
/// </summary>
public sealed class LiteralsTests
{
    [Theory]
    [InlineData("of 19 December 2001,", true)]
    [InlineData("Decembers", true)]
    [InlineData("December", true)]
    [InlineData("xDecember", true)]
    [InlineData("of 19 december 2001,", false)]
    [InlineData("Decembe", false)]
    [InlineData("", false)]
    public void A_string_is_found_at_the_start_middle_or_end_and_case_counts(string text, bool found) =>
        Assert.Equal(found, new Literals(new[] { "December", "January" }).AnyIn(text));

    [Fact]
    public void Empty_strings_are_ignored_rather_than_found_everywhere()
    {
        var literals = new Literals(new[] { string.Empty, "TBD" });

        Assert.False(literals.AnyIn("to be decided"));
        Assert.True(literals.AnyIn("on [TBD]"));
    }

    [Fact]
    public void Where_the_word_usage_prefilter_finds_nothing_the_pattern_finds_nothing_on_real_and_apostrophe_text()
    {
        var usage = WordUsage.Default;
        var lines = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .Concat(usage.Entries.SelectMany(entry => new[] { entry.Wrong, entry.Wrong.Replace('\'', '’'), "The " + entry.Wrong + ".", entry.Right }))
            .ToList();

        var matched = 0;
        foreach (var line in lines)
        {
            var matches = usage.Pattern.IsMatch(line);
            matched += matches ? 1 : 0;
            Assert.True(!matches || usage.MayOccurIn(line), "the prefilter missed a match in: " + line);
        }

        Assert.True(matched >= usage.Entries.Count, "every wrong form, written alone, is matched: " + matched);
    }
}
