using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// A list run into its sentence: a line that opens with a label and holds the label after it past a semicolon ("(1)
/// expert advice on technical aspects of the conduct of elections; (2) support to voter …", S/RES/2729 (2024), whose
/// item (iv) closes "… that are focused on:" and runs its enumeration on). A printed list sets each item on a line of its
/// own, so two labels in sequence on one line are the sentence's enumeration, and the line goes on the sentence above it
/// rather than opening an item ("(a) … ;" alone on its line, then "(b) …" on the next, is a list).
/// </summary>
internal static class RunInList
{
    private static readonly Regex Opening = new(@"^\((?<label>\d{1,3}|[a-z]{1,5})\)\s", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="plain"/> opens with a label and holds, after a semicolon, the label that follows it.</summary>
    public static bool Holds(string plain)
    {
        var opening = Opening.Match(plain);
        if (!opening.Success)
        {
            return false;
        }

        foreach (var next in Following(opening.Groups["label"].Value))
        {
            if (plain.IndexOf("; (" + next + ") ", opening.Length, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="plain"/>, a line that opens with a label under a line that stopped on a word no sentence
    /// ends on (<see cref="UnitEnd.EndsOpen"/>), runs its enumeration on: the label after it stands within the line or the
    /// next, <paramref name="nextPlain"/>, after a word ("… in consultation with Member States on" / "(a) United
    /// Nations-provided accommodations to troop- and police-contributing" / "countries and (b) the use of temporary
    /// operating bases …", A/RES/76/274). A printed item opens its own line, so the label is the sentence's.
    /// </summary>
    public static bool GoesOnAfterOpenEnd(string previousPlain, string plain, string nextPlain)
    {
        var opening = Opening.Match(plain);
        if (!opening.Success || !UnitEnd.EndsOpen(previousPlain))
        {
            return false;
        }

        var rest = plain.Substring(opening.Length) + " " + nextPlain.Trim();
        var semicolon = rest.IndexOf(';');
        foreach (var next in Following(opening.Groups["label"].Value))
        {
            var at = rest.IndexOf(" (" + next + ") ", System.StringComparison.Ordinal);
            if (at > 0 && (semicolon < 0 || at < semicolon))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The labels that can follow <paramref name="label"/>: the next number, letter or roman numeral ("i" is both).</summary>
    internal static IEnumerable<string> Following(string label)
    {
        if (int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            yield return (number + 1).ToString(CultureInfo.InvariantCulture);
            yield break;
        }

        if (Numerals.FromLetters(label) is int letter)
        {
            yield return Numerals.ToLetters(letter + 1);
        }

        if (Numerals.FromRoman(label) is int roman)
        {
            yield return Numerals.ToRoman(roman + 1);
        }
    }
}
