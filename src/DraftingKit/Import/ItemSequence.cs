using System.Text.RegularExpressions;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// The item labels a paragraph's list has opened so far in a text read in a PDF's reading order, to tell a label that
/// opens the next item from one its sentence holds at a wrapped line's start: "… for reporting;" / "(e) deadline of
/// the Sendai Framework …" opens no item where no "(d)" came before, though the line above ended a unit.
/// </summary>
/// <remarks>
/// A label opens an item when it opens a list ("(a)", "(i)", "(1)") or follows a label already opened: "(b)" after
/// "(a)", "(ii)" after "(i)", "(bb)" after "(aa)" and "(aa)" after "(z)", as the UN runs its letters on. "(i)", "(v)"
/// or "(x)" may be a letter or a roman numeral, and follow either. The labels count from the paragraph's opening, so
/// "(b)" after a nested "(ii)" still follows "(a)". A mark is one grammar whatever its shape, "(v)", "v." or "v)": the
/// Council's print may change shape within a list ("(iv) To provide …" / "v) To foster …", S/RES/2677 (2023)), so a mark
/// follows the one opened before in any shape.
/// </remarks>
internal sealed class ItemSequence
{
    private static readonly Regex Label = new(@"^\((?<label>[a-z]{1,5}|\d{1,3})\)(?:\s|$)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A number that opens a line, with its text or alone: "1. extended to …", "2.".</summary>
    private static readonly Regex NumberOpening = new(@"^(?<number>\d{1,3})\.(?:\s|$)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A mark printed on its item's line, as the Security Council letters its lists: "a. reduce …", "ii. A joint …", "v) To foster …".</summary>
    private static readonly Regex Mark = new(@"^(?<mark>[a-z]|[ivx]{2,6})[.)]\s\S", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The letters or numerals of the labels and marks opened so far, whatever their shape: "iv" for "(iv)" and for "iv.".</summary>
    private readonly HashSet<string> opened = new(StringComparer.Ordinal);

    /// <summary>The letter or numeral of the item opened last, the innermost list's; empty before any.</summary>
    private string last = string.Empty;

    /// <summary>A paragraph with a number or a lead of its own opened: its list starts anew.</summary>
    public void Restart()
    {
        opened.Clear();
        last = string.Empty;
    }

    /// <summary>Counts the label that opens <paramref name="line"/>, if any, as an item's.</summary>
    public void Open(string line)
    {
        if (Label.Match(line) is { Success: true } match)
        {
            opened.Add(match.Groups["label"].Value);
            last = match.Groups["label"].Value;
        }
    }

    /// <summary>Counts the mark that opens <paramref name="line"/>, if any, as an item's ("b." after "a.").</summary>
    public void OpenMark(string line)
    {
        if (Mark.Match(line) is { Success: true } match)
        {
            opened.Add(match.Groups["mark"].Value);
            last = match.Groups["mark"].Value;
        }
    }

    /// <summary>
    /// Counts the number that opens <paramref name="line"/> as an item's where it opens a list under the line that
    /// <paramref name="introduced"/> it ("… requests that this assessment is:" / "1. extended to all regions …") or follows
    /// a number so counted ("2." after that "1."), and says so: a list numbered inside an item, whose numbers go on no
    /// operative paragraph's, so the marks of the outer lists stay opened ("2. elaborates …;" / "c. from organisations
    /// …" after "b.", S/RES/2713 (2023)). Any other number is a paragraph's, and false.
    /// </summary>
    public bool OpenNumber(string line, bool introduced)
    {
        if (NumberOpening.Match(line) is not { Success: true } match)
        {
            return false;
        }

        var number = match.Groups["number"].Value;
        if (!Previous(number).Any(before => before.Length == 0 ? introduced && last.Length > 0 : opened.Contains(before) && last == before))
        {
            return false;
        }

        opened.Add(number);
        last = number;
        return true;
    }

    /// <summary>
    /// True when <paramref name="line"/> opens with a mark that opens an item here: the first of a list ("a.", "i.") after
    /// a line that introduced it (<paramref name="introduced"/>, its colon), or the mark after one already opened, in
    /// any shape ("v)" after "(iv)").
    /// </summary>
    public bool ContinuesMarks(string line, bool introduced) =>
        Mark.Match(line) is { Success: true } match
        && Previous(match.Groups["mark"].Value).Any(before => before.Length == 0 ? introduced : opened.Contains(before));

    /// <summary>
    /// True when <paramref name="previous"/> (plain, its raised note's digits taken off) introduces a list under it: it
    /// ends with its colon, or with the "and," the Council sets before a list of clauses with their own leads ("… assist
    /// them in their investigations; and," / "a. requests the GFRS to facilitate …", S/RES/2713 (2023); "… attributed to
    /// Al-Shabaab; and," / "a. demands that all parties …", S/RES/2705 (2023)). "And" with its comma ends no sentence.
    /// </summary>
    public static bool Introduces(string previous)
    {
        var end = previous.TrimEnd();
        return end.EndsWith(":", StringComparison.Ordinal) || end.EndsWith(" and,", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when <paramref name="line"/> opens with a label or a mark that follows one already opened ("(d)" after "(c)",
    /// "c." after "b."), not one that would open a list: the item after one that ended on "and" or "or".
    /// </summary>
    public bool FollowsOpened(string line) =>
        (Label.Match(line) is { Success: true } label && Previous(label.Groups["label"].Value).Any(before => before.Length > 0 && opened.Contains(before)))
        || (Mark.Match(line) is { Success: true } mark && Previous(mark.Groups["mark"].Value).Any(before => before.Length > 0 && opened.Contains(before)));

    /// <summary>True when the label that opens <paramref name="line"/> can open an item here; true for a line with no label.</summary>
    public bool Continues(string line) =>
        Label.Match(line) is not { Success: true } match || Previous(match.Groups["label"].Value).Any(before => before.Length == 0 || opened.Contains(before));

    /// <summary>
    /// True when the label that opens <paramref name="line"/> goes on the list of the item opened last ("(iv)" after
    /// "(iii)") or opens a list under it ("(i)" after "(c)"), not one that goes on an outer list only ("(d)" after "(c)"
    /// and its "(i)" to "(iii)"): under the inner list's last item, that outer label closes the inner list, and words
    /// in lower case between close it (<see cref="ClosingWords"/>, S/RES/2662 (2022)). True for a line with no label.
    /// </summary>
    public bool GoesOnLast(string line) =>
        Label.Match(line) is not { Success: true } match
        || Previous(match.Groups["label"].Value).Any(before => before.Length == 0 || (before == last && opened.Contains(before)));

    /// <summary>True when <paramref name="line"/> opens with a label that opens a list: "(a)", "(i)", "(1)".</summary>
    public static bool OpensList(string line) =>
        Label.Match(line) is { Success: true } match && Previous(match.Groups["label"].Value).Any(before => before.Length == 0);

    /// <summary>The labels <paramref name="label"/> may follow; an empty one where it opens a list.</summary>
    internal static IEnumerable<string> Previous(string label)
    {
        if (int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            yield return number <= 1 ? string.Empty : (number - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield break;
        }

        if (Numerals.FromRoman(label) is int roman)
        {
            yield return roman == 1 ? string.Empty : Numerals.ToRoman(roman - 1);
        }

        if (label.Length == 1 || label.All(c => c == label[0]))
        {
            // "b" after "a"; "aa" after "z"; "bb" after "aa".
            var letter = label[0];
            yield return label.Length == 1 && letter == 'a' ? string.Empty
                : letter == 'a' ? "z"
                : new string((char)(letter - 1), label.Length);
        }
    }
}
