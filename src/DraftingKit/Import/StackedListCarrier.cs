namespace DraftingKit.Import;

/// <summary>
/// Which of the labels a PDF's reading order stacks at a page's top takes a text that introduces a list. Where a page
/// opens on an inner list's last item and the outer list's next item, which opens a list of its own, pdftotext may set
/// the outer item's text, printed at the inner labels' column, among the stacked labels and before the inner item's
/// text: "(c)" / "2." / "Explosive-related goods:" / "(a)" / "3." / "Nitroglycerin …;" / "Equipment …;" / "“Technology” …"
/// (S/RES/2662 (2022), annex C, Part I, as the layout prints "(c) Nitroglycerin …" / "2. Explosive-related goods:" /
/// "(a) Equipment …"). The text that ends with its colon over a label that opens a list is not the first stacked
/// label's when that label is of the list's own kind: a lettered item's list is numbered in roman, so "(a)" under
/// "Explosive-related goods:" goes under "2.", not "(c)". That text takes the first stacked label that can carry the
/// list, and goes after the texts of the labels stacked before it, which close the list before.
/// </summary>
internal static class StackedListCarrier
{
    /// <summary>
    /// The position in <paramref name="stack"/> of the label that takes <paramref name="text"/>: the first that can carry
    /// the list that <paramref name="below"/> (the next line's words) opens where <paramref name="text"/> ends with its
    /// colon and the first stacked label is of that list's own kind; 0 otherwise.
    /// </summary>
    public static int Carrier(IReadOnlyList<string> stack, string text, string? below)
    {
        if (stack.Count < 2 || !text.TrimEnd().EndsWith(":", StringComparison.Ordinal) || Opener(below) is not { } opener || !SameKind(stack[0], opener))
        {
            return 0;
        }

        for (var i = 1; i < stack.Count; i++)
        {
            if (!SameKind(stack[i], opener))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The letter or numeral of a label alone that opens a list ("a" for "(a)", "i", "1"); null for any other line.</summary>
    private static string? Opener(string? words) =>
        words is not null && words.Length > 2 && words[0] == '(' && words[words.Length - 1] == ')'
        && words.Substring(1, words.Length - 2) is var label && (label == "a" || label == "i" || label == "1")
            ? label
            : null;

    /// <summary>
    /// True when the stacked <paramref name="stacked"/> is a label of the kind of list that <paramref name="opener"/>
    /// opens, so cannot carry that list: a letter ("(c)") for "(a)", a roman numeral ("(iii)") for "(i)", a number in
    /// brackets for "(1)". A paragraph's number ("2.") carries any.
    /// </summary>
    private static bool SameKind(string stacked, string opener)
    {
        if (stacked.Length < 3 || stacked[0] != '(' || stacked[stacked.Length - 1] != ')')
        {
            return false;
        }

        var label = stacked.Substring(1, stacked.Length - 2);
        var roman = label.All(c => c == 'i' || c == 'v' || c == 'x');
        return opener switch
        {
            "a" => label.All(c => c == label[0]) && char.IsLetter(label[0]) && (label.Length == 1 || !roman),
            "i" => roman,
            _ => label.All(char.IsDigit),
        };
    }
}
