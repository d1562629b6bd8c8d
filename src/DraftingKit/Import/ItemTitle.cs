using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// An item's title without punctuation over its text, as the Security Council sets the tasks of a mandate: "(e)
/// Humanitarian assistance" / "In support of the Malian authorities, to contribute …" (S/RES/2584 (2021)), "(c)
/// Facilitate the immediate, full, safe and unhindered delivery of humanitarian assistance" / "To improve coordination
/// …" (S/RES/2605 (2021)). Where no blank line sets them apart (a PDF's reading order, a page's foot between, a layout
/// that sets the text at the title's column), the title is told by its words: a label, a capital, no unit's punctuation and no open word at its end; its text by a
/// sentence's first words under it.
/// </summary>
/// <remarks>
/// A sentence that wraps never opens its next line with a capitalised function word ("To improve", "In support", "The
/// Mission"): inside a sentence those words are in lower case, and a name they open ("The Hague") follows an article or
/// a preposition, which the line above would end on (<see cref="UnitEnd.EndsOpen"/>). So the line's length, which a
/// proportional font and a label's indent blur, is not asked: "… delivery of humanitarian assistance" fills its line
/// as a wrapped sentence's line would.
/// </remarks>
internal static class ItemTitle
{
    /// <summary>How many lines a title over its text may run over.</summary>
    public const int MostLines = 3;

    /// <summary>
    /// How many lines a title over a subheading may run over: the subheading and the list it opens under it confirm the
    /// title, as a sentence's opening does not ("(ii) Support to stabilisation … in order to establish" / "functional,
    /// professional, and accountable state institutions, including security" / "and judicial institutions" /
    /// "Stabilisation" / "(a)", four lines, S/RES/2612 (2021)).
    /// </summary>
    public const int MostLinesOverHeading = MostLines + 1;

    /// <summary>A label or a printed mark, then the title's first word: a capital or a year ("(c) 2020/2021 elections").</summary>
    private static readonly Regex Opening = new(@"^(?:" + PrintedLabel.Pattern + @"|(?:[a-z]|[ivx]{2,6})\.)\s+(?:\p{Lu}|\d{4}\b)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// True when <paramref name="lines"/>, an item's lines from its label on (plain text), are its title: at most three
    /// lines, opening with a capital or a year after the label, none of them ending a unit (",", ";", ":", ".") and the
    /// last stopping on a word a title may end on.
    /// </summary>
    public static bool Is(IReadOnlyList<string> lines) => Is(lines, MostLines);

    private static bool Is(IReadOnlyList<string> lines, int most)
    {
        if (lines.Count == 0 || lines.Count > most || !Opening.IsMatch(lines[0].Trim()))
        {
            return false;
        }

        return lines.All(line => line.Trim().Length > 0 && !FlowingText.EndsUnit(line) && line.IndexOf(';') < 0) && !UnitEnd.EndsOpen(lines[lines.Count - 1]);
    }

    /// <summary>
    /// True when the item's title <paramref name="lines"/> ends over <paramref name="next"/> (plain text): that line opens
    /// a sentence of its own, its text (<see cref="UnitEnd.OpensUnit"/>: "To improve …", "In support of …"), or an item
    /// with its dash ("(a) Phase II (post-electoral phase)" / "– UNIOGBIS will continue …", S/RES/2512 (2020)).
    /// </summary>
    public static bool EndsOver(IReadOnlyList<string> lines, string next) => Is(lines) && OpensText(next);

    /// <summary>
    /// True when the text under an item's title goes on in a paragraph of its own at <paramref name="next"/> (plain
    /// text): the line above, <paramref name="previous"/>, ended its paragraph with a semicolon and the line opens a
    /// sentence as the first did ("… on their role and their mandate;" / "To assist the 1267/1989/2253 ISIL (Da’esh)
    /// and Al-Qaida Sanctions Committee …", S/RES/2584 (2021)). After a semicolon a sentence goes on in lower case.
    /// </summary>
    public static bool TextGoesOn(string previous, string next) => previous.TrimEnd().EndsWith(";", StringComparison.Ordinal) && OpensText(next);

    /// <summary>
    /// True when the item's title <paramref name="lines"/> ends over <paramref name="next"/> (plain text), an item of the
    /// list opened before the title, with its label and a capital: the title heads the items that follow it, as a
    /// heading does ("(l) … abuses against children;" / "(iii) Security Sector Reform (SSR)" / "(m) Provide good offices
    /// …", S/RES/2717 (2023)). A label that follows none opened, or a wrapped line's label before a word in lower case
    /// ("(d) of resolution 2000"), goes on the title.
    /// </summary>
    public static bool EndsOverItem(IReadOnlyList<string> lines, string next, ItemSequence items) =>
        Is(lines) && Opening.IsMatch(next.Trim()) && items.FollowsOpened(next.Trim());

    /// <summary>
    /// True when the plain line opens the text under an item's title: a sentence, an item with its dash before a word in
    /// either case, or the first of a list's marks ("(i) Assist the political transition, …, and sustainable peace" / "a.
    /// Assist, through good offices, …", S/RES/2579 (2021)), which the title introduces as a colon would.
    /// </summary>
    private static bool OpensText(string next) => UnitEnd.OpensUnit(next) || DashItem.OpensAnyWord(next) || PrintedItemMark.OpensList(next);

    /// <summary>
    /// True when the item's title <paramref name="lines"/> ends over a subheading of its own line ("(ii) Support to
    /// stabilisation … including security and judicial institutions" / "Stabilisation" / "(a) Provide coordination …",
    /// S/RES/2556 (2020)): the title's last word is in lower case, so a capitalised word under it opens no name that
    /// the title's sentence goes on with (a name follows an article or a preposition, which a title does not end on).
    /// </summary>
    public static bool EndsOverHeading(IReadOnlyList<string> lines) =>
        Is(lines, MostLinesOverHeading) && lines[lines.Count - 1].Trim() is var last && last.Substring(last.LastIndexOf(' ') + 1) is { Length: > 0 } word && char.IsLower(word[0]);
}
