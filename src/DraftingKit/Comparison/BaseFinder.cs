using System;
using System.Collections.Generic;
using System.Linq;
using DraftingKit.Model;

namespace DraftingKit.Comparison;

/// <summary>The text <see cref="BaseFinder"/> took as the base of a draft, and why.</summary>
/// <param name="Document">The base text.</param>
/// <param name="Reason">"same title, session 76" or "nearest title (0.82), session 76".</param>
public sealed record BaseChoice(ResolutionDocument Document, string Reason);

/// <summary>
/// Finds the base of a draft among earlier texts, as each year's resolution starts from the last one on its subject:
/// the text of the same organ from an earlier session with the same title, the latest session first; failing that,
/// the nearest title, provided the wording of the two texts is also alike (titles that differ only in a country name
/// share most of their words, their texts far fewer).
/// </summary>
public static class BaseFinder
{
    /// <summary>Titles sharing fewer words than this (Dice) are not near.</summary>
    public const double NearTitle = 0.6;

    /// <summary>Texts sharing fewer words than this (Dice) are not one series, however near their titles.</summary>
    public const double NearText = 0.5;

    /// <summary>The base of <paramref name="draft"/> among <paramref name="candidates"/>, or null when none qualifies.</summary>
    public static BaseChoice? Find(ResolutionDocument draft, IEnumerable<ResolutionDocument> candidates)
    {
        var title = TitleWords(draft);
        if (title.Total == 0)
        {
            return null;
        }

        var earlier = candidates.Where(candidate => IsEarlier(candidate, draft)).ToList();
        var same = earlier.Where(candidate => Normalize(candidate.Header.Title) == Normalize(draft.Header.Title)).ToList();
        if (same.Count > 0)
        {
            var latest = same.Max(candidate => candidate.Header.Session ?? 0);
            var text = TextWords(draft);
            var best = same.Where(candidate => (candidate.Header.Session ?? 0) == latest)
                .OrderByDescending(candidate => text.Similarity(TextWords(candidate)))
                .ThenBy(candidate => candidate.Header.Symbol, StringComparer.Ordinal)
                .First();
            return new BaseChoice(best, "same title" + Session(best));
        }

        var draftText = TextWords(draft);
        var near = earlier
            .Select(candidate => (Candidate: candidate, Title: title.Similarity(TitleWords(candidate))))
            .Where(pair => pair.Title >= NearTitle)
            .Select(pair => (pair.Candidate, pair.Title, Text: draftText.Similarity(TextWords(pair.Candidate))))
            .Where(pair => pair.Text >= NearText)
            .OrderByDescending(pair => pair.Candidate.Header.Session ?? 0)
            .ThenByDescending(pair => pair.Title + pair.Text)
            .ThenBy(pair => pair.Candidate.Header.Symbol, StringComparer.Ordinal)
            .ToList();
        return near.Count == 0
            ? null
            : new BaseChoice(near[0].Candidate, "nearest title (" + near[0].Title.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + ")" + Session(near[0].Candidate));
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
        document.Header.Session is int session ? ", session " + session.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private static string Normalize(string? title) =>
        string.Join(" ", WordTokens.Of(title ?? string.Empty).Where(token => token.Text.Length > 0 && char.IsLetterOrDigit(token.Text[0])).Select(token => token.Text.ToLowerInvariant()));

    private static WordBag TitleWords(ResolutionDocument document) => new(WordTokens.Of(document.Header.Title ?? string.Empty));

    private static WordBag TextWords(ResolutionDocument document) =>
        new(DocumentText.InReadingOrder(document).SelectMany(text => WordTokens.Of(text, label => label)));
}
