using System.Text.RegularExpressions;
using DraftingKit.Citations;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Tests.Citations;

/// <summary>
/// The citation search as it read a text before it was cut for speed, kept as the reference the engine's search is
/// held to: the opening word found by its pattern over the whole text, every part of a list read through a
/// <see cref="Match"/> and its groups, the words before an opening copied out and read as strings. The patterns are
/// the engine's own, interpreted; what the search makes of a number (its organ, whether the organ is stated, a
/// form's slip) is the engine's too, so that only the search itself is compared.
/// </summary>
internal static class WholeTextCitationSearch
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(Patterns.TimeoutMilliseconds / 1000.0 * 10);
    private static readonly Regex KindWord = Pattern(CitationOpenings.KindWordText);
    private static readonly Regex Number = Pattern(CitationRecognizer.NumberText);
    private static readonly Regex DateAfter = Pattern(CitationRecognizer.DateAfterText);
    private static readonly Regex Separator = Pattern(CitationRecognizer.SeparatorText);
    private static readonly Regex FurtherLetter = Pattern(CitationRecognizer.FurtherLetterText);
    private static readonly Regex Qualifier = Pattern(CitationRecognizer.QualifierText);
    private static readonly Regex ContinuationAfterDate = Pattern(CitationRecognizer.ContinuationAfterDateText);
    private static readonly Regex NewClause = Pattern(CitationRecognizer.NewClauseText);
    private static readonly Regex BodyName = Pattern(CitationRecognizer.BodyNameText);
    private static readonly Regex Item = Pattern(CitationForms.ItemText);
    private static readonly Regex Between = Pattern(CitationForms.BetweenText);
    private static readonly Regex FormSeparator = Pattern(CitationForms.SeparatorText);

    public static List<Citation> Citations(string text, Organ documentOrgan)
    {
        var folded = PrintedText.Fold(text, out var offsets);
        var found = FindIn(folded, documentOrgan);
        return offsets is null
            ? found
            : found.Select(c => c with
            {
                NumberStart = offsets[c.NumberStart],
                DateStart = c.DateStart < 0 ? -1 : offsets[c.DateStart],
                DateLength = c.DateStart < 0 ? 0 : offsets[c.DateStart + c.DateLength] - offsets[c.DateStart],
                ListStart = c.ListStart < 0 ? -1 : offsets[c.ListStart],
            }).ToList();
    }

    public static List<CitationFormSlip> Slips(string text, Organ documentOrgan, ResolutionCatalog catalog)
    {
        var folded = PrintedText.Fold(text, out var offsets);
        var slips = new List<CitationFormSlip>();
        foreach (Match kindMatch in KindWord.Matches(folded))
        {
            var kind = char.ToLowerInvariant(kindMatch.Groups["kind"].Value[0]) == 'd' ? CitedKind.Decision : CitedKind.Resolution;
            var named = OrganBefore(folded, kindMatch.Index, documentOrgan);
            var position = kindMatch.Index + kindMatch.Length;
            for (var guard = 0; guard < 100; guard++)
            {
                var item = Item.Match(folded, position);
                if (!item.Success)
                {
                    break;
                }

                if (CitationForms.Judge(item, kind, named, documentOrgan, catalog) is { } slip)
                {
                    slips.Add(offsets is null ? slip : slip with { Start = offsets[slip.Start], Length = offsets[slip.Start + slip.Length] - offsets[slip.Start] });
                }

                position = item.Index + item.Length;
                position += Between.Match(folded, position).Length;
                var separator = FormSeparator.Match(folded, position);
                if (!separator.Success)
                {
                    break;
                }

                position += separator.Length;
            }
        }

        return slips;
    }

    private static List<Citation> FindIn(string text, Organ documentOrgan)
    {
        var citations = new List<Citation>();
        foreach (Match kindMatch in KindWord.Matches(text))
        {
            var kind = char.ToLowerInvariant(kindMatch.Groups["kind"].Value[0]) == 'd' ? CitedKind.Decision : CitedKind.Resolution;
            var organWords = OrganBefore(text, kindMatch.Index, documentOrgan);
            var position = kindMatch.Index + kindMatch.Length;
            var pending = new List<(string Number, int Start)>();
            while (true)
            {
                var number = Number.Match(text, position);
                if (!number.Success)
                {
                    break;
                }

                var cited = new string(number.Groups["number"].Value.Select(c => char.IsWhiteSpace(c) ? ' ' : c).ToArray());
                pending.Add((cited, number.Index));
                position = number.Index + number.Length;
                for (var letter = FurtherLetter.Match(text, position); letter.Success && CitationRecognizer.HasLetter(cited); letter = FurtherLetter.Match(text, position))
                {
                    pending.Add((cited.Substring(0, cited.Length - 1) + letter.Groups["letter"].Value, letter.Groups["letter"].Index));
                    position = letter.Index + letter.Length;
                }

                for (var qualifier = Qualifier.Match(text, position); qualifier.Success; qualifier = Qualifier.Match(text, position))
                {
                    position = qualifier.Index + qualifier.Length;
                }

                var date = DateAfter.Match(text, position);
                if (date.Success)
                {
                    UnDate? value = UnDate.TryParse(date.Groups["date"].Value, out var parsed) ? parsed : null;
                    var group = date.Groups["date"];
                    for (var i = 0; i < pending.Count; i++)
                    {
                        var (pendingNumber, start) = pending[i];
                        citations.Add(new Citation(CitationRecognizer.OrganOf(organWords, pendingNumber, documentOrgan, kind), kind, pendingNumber, start, value, group.Index, group.Length, i < pending.Count - 1, CitationRecognizer.IsStated(organWords, pendingNumber), kindMatch.Index));
                    }

                    pending.Clear();
                    position = date.Index + date.Length;
                    if (!Separator.Match(text, position).Success && ContinuationAfterDate.Match(text, position) is { Success: true } continuation)
                    {
                        position = continuation.Index + continuation.Length;
                        continue;
                    }
                }

                var separator = Separator.Match(text, position);
                if (!separator.Success)
                {
                    break;
                }

                position = separator.Index + separator.Length;
            }

            foreach (var (cited, start) in pending)
            {
                citations.Add(new Citation(CitationRecognizer.OrganOf(organWords, cited, documentOrgan, kind), kind, cited, start, null, -1, 0, false, CitationRecognizer.IsStated(organWords, cited), kindMatch.Index));
            }
        }

        return citations;
    }

    private static string? OrganBefore(string text, int kindIndex, Organ documentOrgan)
    {
        var start = Math.Max(0, kindIndex - 70);
        var before = text.Substring(start, kindIndex - start).TrimEnd();
        if (before.EndsWith(" its", StringComparison.Ordinal) || before == "its" || before.EndsWith("Its", StringComparison.Ordinal))
        {
            return ItsOrgan(text, kindIndex, documentOrgan);
        }

        foreach (var (name, code) in OrganCodes.Names)
        {
            if (before.EndsWith(name, StringComparison.Ordinal))
            {
                return code;
            }
        }

        if (before.EndsWith("Commission", StringComparison.Ordinal) || before.EndsWith("Council", StringComparison.Ordinal))
        {
            var own = OrganCodes.Of(documentOrgan);
            return own is not null && documentOrgan.Name.EndsWith(before.Substring(before.LastIndexOf(' ') + 1), StringComparison.Ordinal) ? own : string.Empty;
        }

        return null;
    }

    private static string ItsOrgan(string text, int kindIndex, Organ documentOrgan)
    {
        var own = OrganCodes.Of(documentOrgan) ?? string.Empty;
        var start = Math.Max(0, kindIndex - 200);
        var clause = text.Substring(start, kindIndex - start);
        var cut = Math.Max(Math.Max(clause.LastIndexOf(';'), clause.LastIndexOf('.')), clause.LastIndexOf(", and ", StringComparison.Ordinal));
        clause = cut >= 0 ? clause.Substring(cut + 1) : clause;
        var last = BodyName.Matches(clause).LastOrDefault();
        if (last is null)
        {
            return own;
        }

        var name = last.Value;
        if (NewClause.IsMatch(clause.Substring(last.Index + last.Length)) || name.EndsWith(documentOrgan.Name, StringComparison.Ordinal))
        {
            return own;
        }

        if (name is "Assembly" or "Council" or "Commission")
        {
            return documentOrgan.Name.EndsWith(name, StringComparison.Ordinal) ? own : string.Empty;
        }

        foreach (var (organName, code) in OrganCodes.Names)
        {
            if (name.EndsWith(organName, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return string.Empty;
    }

    private static Regex Pattern(string text) => new(text, RegexOptions.CultureInvariant, Timeout);
}
