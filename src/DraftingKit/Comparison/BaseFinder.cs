using System.Globalization;
using DraftingKit.Model;

namespace DraftingKit.Comparison;

/// <summary>The text <see cref="BaseFinder"/> took as the base of a draft, and why.</summary>
/// <param name="Document">The base text.</param>
/// <param name="Reason">"same title, session 76", "same title but for its numbers, session 76" or "nearest title (0.82), session 76".</param>
public sealed record BaseChoice(ResolutionDocument Document, string Reason);

/// <summary>
/// Finds the base of a draft among earlier texts, as each year's resolution starts from the last one on its subject:
/// the text of the same organ from an earlier session with the same title, the latest session first; then one whose
/// title differs only in its numbers ("… programme budget for 2022", "… on the work of its fifty-fourth session");
/// failing both, the nearest title, provided the wording of the two texts is also alike. Build it once for a corpus
/// and ask it for many drafts: each candidate's title and words are read once.
/// </summary>
public sealed class BaseFinder
{
    /// <summary>Titles sharing fewer words than this (Dice) are not near.</summary>
    public const double NearTitle = 0.7;

    /// <summary>Texts sharing fewer words than this (Dice) are not one series, however near their titles.</summary>
    public const double NearText = 0.5;

    /// <summary>The words of numbers ("seventy", "fifth", "twenty"), which a series' titles change from year to year.</summary>
    private static readonly HashSet<string> NumberWords = new(
        Enumerable.Range(1, 199)
            .SelectMany(number => Numerals.ToOrdinalWords(number).Split('-', ' ').Concat(Numerals.ToCardinalWords(number).Split('-', ' ')))
            .Where(word => word.Length > 0 && word != "and")
            .Select(word => word.ToLowerInvariant()),
        StringComparer.Ordinal);

    private readonly List<Candidate> candidates;

    /// <summary>A finder over <paramref name="texts"/>.</summary>
    public BaseFinder(IEnumerable<ResolutionDocument> texts) =>
        candidates = texts.Select(text => new Candidate(text)).ToList();

    /// <summary>The base of <paramref name="draft"/> among <paramref name="texts"/>, or null when none qualifies.</summary>
    public static BaseChoice? Find(ResolutionDocument draft, IEnumerable<ResolutionDocument> texts) => new BaseFinder(texts).Find(draft);

    /// <summary>The base of <paramref name="draft"/>, or null when no earlier text qualifies.</summary>
    public BaseChoice? Find(ResolutionDocument draft)
    {
        var own = new Candidate(draft);
        if (own.TitleWords.Total == 0)
        {
            return null;
        }

        var earlier = candidates.Where(candidate => IsEarlier(candidate.Document, draft)).ToList();
        foreach (var (matches, reason) in new (Func<Candidate, bool>, string)[]
        {
            (candidate => candidate.Title == own.Title, "same title"),
            (candidate => candidate.TitleWithoutNumbers == own.TitleWithoutNumbers && own.TitleWithoutNumbers.Length > 0, "same title but for its numbers"),
        })
        {
            var same = earlier.Where(matches).ToList();
            if (same.Count > 0)
            {
                var latest = same.Max(candidate => candidate.Session);
                var best = same.Where(candidate => candidate.Session == latest)
                    .OrderByDescending(candidate => own.TextWords.Similarity(candidate.TextWords))
                    .ThenBy(candidate => candidate.Document.Header.Symbol, StringComparer.Ordinal)
                    .First();
                return new BaseChoice(best.Document, reason + Session(best.Document));
            }
        }

        var near = earlier
            .Select(candidate => (Candidate: candidate, Title: own.TitleWords.Similarity(candidate.TitleWords)))
            .Where(pair => pair.Title >= NearTitle)
            .Select(pair => (pair.Candidate, pair.Title, Text: own.TextWords.Similarity(pair.Candidate.TextWords)))
            .Where(pair => pair.Text >= NearText)
            .OrderByDescending(pair => pair.Candidate.Session)
            .ThenByDescending(pair => pair.Title + pair.Text)
            .ThenBy(pair => pair.Candidate.Document.Header.Symbol, StringComparer.Ordinal)
            .ToList();
        return near.Count == 0
            ? null
            : new BaseChoice(near[0].Candidate.Document, "nearest title (" + near[0].Title.ToString("0.00", CultureInfo.InvariantCulture) + ")" + Session(near[0].Candidate.Document));
    }

    /// <summary>
    /// An earlier text of the same organ: an earlier session when both sessions are known, otherwise an earlier date
    /// of adoption; never the draft itself.
    /// </summary>
    private static bool IsEarlier(ResolutionDocument candidate, ResolutionDocument draft)
    {
        if (candidate.Header.Organ.Name != draft.Header.Organ.Name
            || (candidate.Header.Symbol is { } symbol && symbol == draft.Header.Symbol)
            || string.Equals(System.IO.Path.GetFullPath(candidate.Path), System.IO.Path.GetFullPath(draft.Path), StringComparison.Ordinal))
        {
            return false;
        }

        if (candidate.Header.Session is int session && draft.Header.Session is int draftSession)
        {
            return session < draftSession;
        }

        return candidate.Header.Adopted is { } adopted && (draft.Header.Adopted is not { } draftAdopted || adopted.CompareTo(draftAdopted) < 0);
    }

    private static string Session(ResolutionDocument document) =>
        document.Header.Session is int session ? ", session " + session.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>What the finder compares of a text, read once.</summary>
    private sealed class Candidate
    {
        public Candidate(ResolutionDocument document)
        {
            Document = document;
            var words = WordTokens.Of(document.Header.Title ?? string.Empty)
                .Where(token => token.Text.Length > 0 && char.IsLetterOrDigit(token.Text[0]))
                .Select(token => token.Text.ToLowerInvariant())
                .ToList();
            Title = string.Join(" ", words);
            TitleWithoutNumbers = string.Join(" ", words.Where(word => !char.IsDigit(word[0]) && !NumberWords.Contains(word)));
            TitleWords = new WordBag(WordTokens.Of(document.Header.Title ?? string.Empty));
            textWords = new Lazy<WordBag>(() => new WordBag(DocumentText.InReadingOrder(document).SelectMany(text => WordTokens.Of(text, label => label))));
        }

        private readonly Lazy<WordBag> textWords;

        public ResolutionDocument Document { get; }

        public int Session => Document.Header.Session ?? 0;

        public string Title { get; }

        public string TitleWithoutNumbers { get; }

        public WordBag TitleWords { get; }

        public WordBag TextWords => textWords.Value;
    }
}
