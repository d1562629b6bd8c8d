namespace DraftingKit.Tests.Support;

/// <summary>
/// One file's known difference across the formats a test reads it back from, with one reason: the hash of what
/// differs through plain text and through Word (null where that format brings the file back whole). Gives the keyed
/// lists <see cref="AllowList"/> compares, so the key format stays the one every allow-list shares.
/// </summary>
internal sealed record KnownDifference(string File, string? TextHash, string? WordHash, string Reason)
{
    /// <summary>"file #hash" to reason, for the format whose hash <paramref name="hashOf"/> picks.</summary>
    public static Dictionary<string, string> Keyed(IEnumerable<KnownDifference> entries, Func<KnownDifference, string?> hashOf) =>
        entries
            .Where(entry => hashOf(entry) is not null)
            .ToDictionary(entry => entry.File + " #" + hashOf(entry), entry => entry.Reason, StringComparer.Ordinal);
}
