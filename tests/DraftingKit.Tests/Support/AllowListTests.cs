using Xunit;

namespace DraftingKit.Tests.Support;

/// <summary>
/// The allow-lists of the corpus sweeps key on the file and a hash of its whole difference, so that a listed file
/// cannot hide a second or different difference, and an entry no longer found fails as stale.
/// </summary>
public sealed class AllowListTests
{
    private static readonly string[] Un = { "formula", "container:Recalling", "paragraph:1.", "paragraph:2.", "paragraph:3." };

    [Fact]
    public void Equal_sequences_have_no_difference()
    {
        Assert.Null(SequenceDifference.Of(Un, (string[])Un.Clone(), "UN", "ours"));
    }

    [Fact]
    public void A_difference_names_where_it_first_lies_and_how_many_lines_differ()
    {
        var ours = new[] { "formula", "container:Recalling", "paragraph:1.", "paragraph:2", "paragraph:3." };

        var difference = SequenceDifference.Of(Un, ours, "UN", "ours");

        Assert.NotNull(difference);
        Assert.Equal("at 3: UN 'paragraph:2.' ours 'paragraph:2'", difference!.First);
        Assert.Equal(2, difference.Lines);
        Assert.Matches("^[0-9a-f]{8}$", difference.Hash);
    }

    [Fact]
    public void A_second_difference_in_the_same_file_changes_the_hash()
    {
        var one = new[] { "formula", "container:Recalling", "paragraph:1.", "paragraph:2", "paragraph:3." };
        var two = new[] { "formula", "container:Recalling", "paragraph:1.", "paragraph:2", "paragraph:4." };

        var first = SequenceDifference.Of(Un, one, "UN", "ours")!;
        var second = SequenceDifference.Of(Un, two, "UN", "ours")!;

        // The first differing element is the same; only the hash (and the count) tell the second difference.
        Assert.Equal(first.First, second.First);
        Assert.NotEqual(first.Hash, second.Hash);
        Assert.Equal(4, second.Lines);
    }

    [Fact]
    public void The_same_difference_further_down_keeps_its_hash()
    {
        var theirs = new[] { "formula", "paragraph:1.", "paragraph:2." };
        var ours = new[] { "formula", "paragraph:1.", "paragraph:2" };
        var longerTheirs = new[] { "formula", "container:Noting", "paragraph:1.", "paragraph:2." };
        var longerOurs = new[] { "formula", "container:Noting", "paragraph:1.", "paragraph:2" };

        Assert.Equal(
            SequenceDifference.Of(theirs, ours, "UN", "ours")!.Hash,
            SequenceDifference.Of(longerTheirs, longerOurs, "UN", "ours")!.Hash);
    }

    [Fact]
    public void Exactly_the_listed_differences_pass()
    {
        var listed = new Dictionary<string, string> { ["75/75_68_E.xml: structure #2e86c18d"] = "a slip in the UN file" };
        var found = new Dictionary<string, string> { ["75/75_68_E.xml: structure #2e86c18d"] = "structure at 14" };

        Assert.Equal(string.Empty, AllowList.Mismatches("KnownDifferences", listed, found));
    }

    [Fact]
    public void A_changed_difference_in_a_listed_file_is_unlisted_and_its_entry_stale()
    {
        var listed = new Dictionary<string, string> { ["75/75_68_E.xml: structure #2e86c18d"] = "a slip in the UN file" };
        var found = new Dictionary<string, string> { ["75/75_68_E.xml: structure #0badf00d"] = "structure at 14" };

        var mismatches = AllowList.Mismatches("KnownDifferences", listed, found);

        Assert.Contains("not listed: [\"75/75_68_E.xml: structure #0badf00d\"] — structure at 14", mismatches);
        Assert.Contains("listed but not found (stale): [\"75/75_68_E.xml: structure #2e86c18d\"] — a slip in the UN file", mismatches);
        Assert.Throws<Xunit.Sdk.TrueException>(() => AllowList.AssertExact("KnownDifferences", listed, found));
    }

    [Fact]
    public void A_fixed_difference_leaves_its_entry_stale()
    {
        var listed = new Dictionary<string, string> { ["75/75_68_E.xml: structure #2e86c18d"] = "a slip in the UN file" };

        var mismatches = AllowList.Mismatches("KnownDifferences", listed, new Dictionary<string, string>());

        Assert.StartsWith("KnownDifferences:\nlisted but not found (stale)", mismatches);
    }
}
