using DraftingKit.Model;

namespace DraftingKit.Citations;

/// <summary>
/// One cited resolution or decision in a run of text: "its resolution 73/186 of 17 December 2018". Offsets are
/// into the plain text the recognizer was given.
/// </summary>
/// <param name="Organ">Organ code (GA, ECOSOC, SC, HRC, CCPCJ …), or null when the words do not say and the number does not tell.</param>
/// <param name="Kind">Resolution or decision.</param>
/// <param name="Number">The number as written: "73/186", "57/270 B", "415 (V)".</param>
/// <param name="NumberStart">Offset of the number.</param>
/// <param name="Date">The date given with it ("of 17 December 2018"), shared dates of a list included.</param>
/// <param name="DateStart">Offset of the date text, or -1.</param>
/// <param name="DateLength">Length of the date text, or 0.</param>
/// <param name="DateIsShared">
/// True for a number before the last of a list that shares one date ("69/193" in "69/193 and 69/196 of
/// 18 December 2014"): the date may be its own or only the last number's, so rules do not judge it.
/// </param>
/// <param name="OrganStated">
/// True when words name the organ ("its resolution", "Economic and Social Council resolution") or the number's
/// form does ("2017/15", "2334 (2016)"); false when the organ is only the document's own by default, as for a bare
/// "resolution 42/9", which is as often another body's (a Council, a conference of parties) as the Assembly's.
/// </param>
/// <param name="ListStart">
/// Offset of the word "resolution(s)" or "decision(s)" that opens the list the number belongs to ("resolutions
/// 69/193 and 69/196"): numbers with the same value are cited in one list; -1 when not known.
/// </param>
public sealed record Citation(string? Organ, CitedKind Kind, string Number, int NumberStart, UnDate? Date, int DateStart, int DateLength, bool DateIsShared, bool OrganStated = true, int ListStart = -1)
{
    /// <summary>The catalog key, or null when the organ is not known.</summary>
    public string? Key => Organ is null ? null : CatalogKey.Of(Organ, Kind, Number);
}
