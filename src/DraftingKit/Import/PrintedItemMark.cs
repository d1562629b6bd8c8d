using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// The marks that open a list item as printed, which the model keeps in the item's text rather than as a label: a
/// dash or bullet ("– achieve significant results …", "• engagement by the African Union …") or a letter or roman
/// numeral with a full stop ("a. Assist, through good offices …", "i. The African Union Chairperson …") or a closing
/// bracket alone ("v) To foster a secure environment …", S/RES/2677 (2023)), as the Security Council sets the lists of
/// its mandates (S/RES/2524 (2020), S/RES/2531 (2020), S/RES/2719 (2023)).
/// </summary>
internal static class PrintedItemMark
{
    private static readonly Regex Mark = new(@"^(?:[–—•▪]\s|(?:[a-z]|[ivx]{2,6})[.)]\s)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex FirstMark = new(@"^(?:[–—•▪]\s|[ai][.)]\s)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="plain"/> opens with the mark of a list's first item: a dash or bullet, "a.", "i.", "a)" or "i)".</summary>
    public static bool OpensList(string plain) => FirstMark.IsMatch(plain.TrimStart());

    /// <summary>True when <paramref name="plain"/> (a paragraph's text without inline syntax) opens with such a mark.</summary>
    public static bool Opens(string plain) => Mark.IsMatch(plain.TrimStart());
}
