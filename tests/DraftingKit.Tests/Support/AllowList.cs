using Xunit;

namespace DraftingKit.Tests.Support;

/// <summary>
/// A reviewed list of known differences, each keyed on the file, what differs and a hash of the difference
/// (<see cref="SequenceDifference"/>), with its reason. The differences found must be exactly the listed ones: an
/// unlisted one fails (a new or changed difference, even in a listed file), and so does a listed one no longer found
/// (stale: fixed, or changed so that its reason may no longer hold).
/// </summary>
internal static class AllowList
{
    /// <param name="name">The list's name in the test source, for the failure message.</param>
    /// <param name="listed">Key to reason.</param>
    /// <param name="found">Key to where the difference lies.</param>
    public static void AssertExact(string name, IReadOnlyDictionary<string, string> listed, IReadOnlyDictionary<string, string> found)
    {
        var mismatches = Mismatches(name, listed, found);
        Assert.True(mismatches.Length == 0, mismatches);
    }

    /// <summary>Empty when the differences found are exactly the listed ones; otherwise what is unlisted and what is stale.</summary>
    public static string Mismatches(string name, IReadOnlyDictionary<string, string> listed, IReadOnlyDictionary<string, string> found)
    {
        var unlisted = found.Keys.Where(key => !listed.ContainsKey(key)).OrderBy(key => key, StringComparer.Ordinal).ToList();
        var stale = listed.Keys.Where(key => !found.ContainsKey(key)).OrderBy(key => key, StringComparer.Ordinal).ToList();
        return unlisted.Count == 0 && stale.Count == 0
            ? string.Empty
            : name + ":\n"
            + string.Concat(unlisted.Select(key => "not listed: [\"" + key + "\"] — " + found[key] + "\n"))
            + string.Concat(stale.Select(key => "listed but not found (stale): [\"" + key + "\"] — " + listed[key] + "\n"));
    }
}
