using System.Text.RegularExpressions;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// The reference line of a General Assembly text read as the UN's AKN4UN files mark it: "[on the report of the Third
/// Committee (&lt;inline name="originating document"&gt;A/74/400, para. 20&lt;/inline&gt;)]", the committee named by
/// <c>refersTo</c> ("#thirdCommittee", "#noMainCommittee").
/// </summary>
internal sealed class AknProponent
{
    private static readonly Regex MainCommittee = new(
        @"\b(?<ordinal>First|Second|Third|Fourth|Fifth|Sixth)\s+Committee\b",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft,
        System.TimeSpan.FromSeconds(1));

    // "without reference to a Main Committee", in French "sans renvoi à une grande commission".
    private static readonly Regex NoMainCommittee = new(
        @"\bwithout\s+reference\s+to\s+a\s+Main\s+Committee\b|\bsans\s+renvoi\s+à\s+une\s+grande\s+commission\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        System.TimeSpan.FromSeconds(1));

    private AknProponent(string before, string? originating, string after, string? committeeId, string? committeeName)
    {
        Before = before;
        Originating = originating;
        After = after;
        CommitteeId = committeeId;
        CommitteeName = committeeName;
    }

    /// <summary>The line up to the originating document, or the whole line when it names none.</summary>
    public string Before { get; }

    /// <summary>The document the text was adopted on ("A/74/400, para. 20", "A/76/L.14 and A/76/L.14/Add.1").</summary>
    public string? Originating { get; }

    /// <summary>What follows the originating document (")]").</summary>
    public string After { get; }

    /// <summary>The identifier the UN's files give the committee ("thirdCommittee", "noMainCommittee").</summary>
    public string? CommitteeId { get; }

    /// <summary>The committee as the UN's files show it in their references ("Third Committee").</summary>
    public string? CommitteeName { get; }

    /// <summary>
    /// <paramref name="line"/> ("[on the report of the … Committee (A/74/400, para. 20)]") split around its last
    /// parenthesised group, which names the originating document when the line ends with it.
    /// </summary>
    public static AknProponent Read(string line)
    {
        string? id = null;
        string? name = null;
        if (NoMainCommittee.IsMatch(line))
        {
            (id, name) = ("noMainCommittee", "Without reference to a main committee");
        }
        else if (MainCommittee.Match(line) is { Success: true } committee)
        {
            var ordinal = committee.Groups["ordinal"].Value;
            (id, name) = (ordinal.ToLowerInvariant() + "Committee", ordinal + " Committee");
        }

        var close = line.EndsWith(")]", System.StringComparison.Ordinal) ? line.Length - 2 : -1;
        var open = close > 0 ? line.LastIndexOf('(', close - 1) : -1;
        var slash = open >= 0 ? line.IndexOf('/', open) : -1;
        if (open < 0 || line.IndexOf(')', open) != close || !char.IsUpper(line[open + 1]) || slash < 0 || slash > close)
        {
            return new AknProponent(line, null, string.Empty, id, name);
        }

        return new AknProponent(line.Substring(0, open + 1), line.Substring(open + 1, close - open - 1), line.Substring(close), id, name);
    }
}
