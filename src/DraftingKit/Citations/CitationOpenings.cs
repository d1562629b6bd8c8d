using System.Text.RegularExpressions;
using DraftingKit.Text;

namespace DraftingKit.Citations;

/// <summary>
/// Where a list of citations opens: the word "resolution(s)" or "decision(s)" followed by spaces and the start of a
/// number ("resolution 74/177", "decisions S-8/1", "resolutions 2250 (2015)"). The one search the recognizer
/// (<see cref="CitationRecognizer"/>) and the form grammar (<see cref="CitationForms"/>) both start from.
/// </summary>
/// <remarks>
/// PERF: the word is looked for with one vectorized search for "esolution" and "ecision", and the pattern is tried
/// only one character before each (anchored, <c>\G</c>): most texts hold neither, and a text that does is read
/// at those places alone, not from every "r" and "d" of it. The openings are those the whole pattern finds from the
/// start of the text, in order and not overlapping (<c>CitationSearchTests</c> holds the two to each other).
/// </remarks>
internal static partial class CitationOpenings
{
    /// <summary>The opening word as a pattern over the whole text (kept for the tests that hold the search to it).</summary>
    internal const string KindWordText = @"\b(?<kind>[Rr]esolutions?|[Dd]ecisions?)\s+(?=S-\d|ES-\d|\d)";

    private const string AtText = @"\G" + KindWordText;
    private static readonly Regex At = AtPattern();
#if NET
    [GeneratedRegex(AtText, RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex AtPattern();
#else
    private static Regex AtPattern() => Patterns.AtRunTime(AtText, RegexOptions.CultureInvariant | RegexOptions.Compiled);
#endif

    /// <summary>What every opening word holds from its second letter on.</summary>
    private static readonly Literals Stems = new(new[] { "esolution", "ecision" });

    /// <summary>The first opening at or after <paramref name="from"/>, or <see cref="CitationOpening.None"/>.</summary>
    public static CitationOpening Next(string text, int from)
    {
        // A stem at offset s is an opening word starting at s - 1; none starts before from.
        for (var stem = Stems.IndexIn(text, from + 1); stem >= 0; stem = Stems.IndexIn(text, stem + 1))
        {
            var start = stem - 1;
            if (!MayOpen(text, stem))
            {
                continue;
            }

            var length = PatternAt.Length(At, text, start);
            if (length > 0)
            {
                return new CitationOpening(start, length, text[start] is 'D' or 'd' ? CitedKind.Decision : CitedKind.Resolution);
            }
        }

        return CitationOpening.None;
    }

    /// <summary>
    /// False when the stem at <paramref name="stem"/> cannot open a citation: no capital or small "r" or "d" before it,
    /// or its word ("resolution", "resolutions") followed by a letter, a digit or punctuation, none of which is the
    /// white space the opening needs. PERF: "the present resolution," and "decisions." are most of the stems a text
    /// holds; the pattern was run at each.
    /// </summary>
    private static bool MayOpen(string text, int stem)
    {
        if (stem == 0 || text[stem - 1] is not ('R' or 'r' or 'D' or 'd'))
        {
            return false;
        }

        var end = stem + (text[stem + 1] == 's' ? "esolution".Length : "ecision".Length);
        if (end < text.Length && text[end] == 's')
        {
            end++;
        }

        return end < text.Length && !char.IsLetterOrDigit(text[end]) && !char.IsPunctuation(text[end]);
    }
}

/// <summary>One opening word: where it starts, its length with the spaces after it, and what it cites.</summary>
internal readonly record struct CitationOpening(int Start, int Length, CitedKind Kind)
{
    public static readonly CitationOpening None = new(-1, 0, CitedKind.Resolution);

    public bool Found => Start >= 0;

    /// <summary>Where the first number of the list starts.</summary>
    public int End => Start + Length;
}
