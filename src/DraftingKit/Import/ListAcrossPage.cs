using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A list whose sentence a page cut right before its first item, where no colon introduces it: the Council runs a
/// sentence into its list after a verb that the items complete ("… the Special Representative of the Secretary-General
/// and UNAMI … shall" / page / "(a) prioritize the provision of advice …;" / "(b) further advise, support, and assist:",
/// S/RES/2522 (2020)). The next page's first words are the list's, not the sentence's, when they open with a label that
/// opens a list, the item they open ends as a list's item does (its semicolon, "; and"), and the list's next label
/// opens the text under it. A label the sentence holds ("… to meet the target" / "(e) deadline of the Sendai Framework
/// …", A/RES/75/216) opens no list; nor is a list one whose items run on with commas.
/// </summary>
internal static class ListAcrossPage
{
    private static readonly Regex ItemEnd = new(@";(?:\s+(?:and|or))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// True when <paramref name="first"/>, the next page's first line, opens a list's first item whose last line is
    /// <paramref name="last"/> and over <paramref name="next"/>, the line of text after that item, which opens with the
    /// list's next label.
    /// </summary>
    public static bool Opens(string first, string last, string? next)
    {
        if (next is null || !ItemSequence.OpensList(first.Trim()) || !ItemEnd.IsMatch(last.Trim()))
        {
            return false;
        }

        var items = new ItemSequence();
        items.Open(first.Trim());
        return items.FollowsOpened(next.Trim());
    }
}
