using DraftingKit.Model;

namespace DraftingKit.Citations;

/// <summary>Whether a citation names a resolution or a decision; they are numbered in separate series.</summary>
public enum CitedKind
{
    /// <summary>A resolution.</summary>
    Resolution,

    /// <summary>A decision.</summary>
    Decision,
}

/// <summary>
/// What the catalog knows of one resolution or decision: its organ and number, the date of adoption, and where
/// that knowledge comes from (an official record, or the date later UN texts cite it with).
/// </summary>
/// <param name="Organ">Organ code: GA, SC, ECOSOC, HRC, CCPCJ, CND, CSW, CSocD, CPD.</param>
/// <param name="Number">The number as cited: "74/177", "57/270 B", "415 (V)", "2250 (2015)", "2017/15".</param>
/// <param name="Kind">Resolution or decision.</param>
/// <param name="Date">Date of adoption.</param>
/// <param name="Evidence">"record" for an official record; "cited:N" when N later texts cite it with that date.</param>
/// <param name="OtherDates">Dissenting dates seen in citations, as "2012-09-19:5;…" (date:count).</param>
/// <param name="Title">The official title, where the source gives it.</param>
/// <param name="Source">Where the row comes from.</param>
public sealed record CatalogEntry(string Organ, string Number, CitedKind Kind, UnDate? Date, string Evidence, string OtherDates, string? Title, string Source)
{
    /// <summary>The organ and number as one key: "GA 74/177", "ECOSOC decision 2015/234".</summary>
    public string Key => CatalogKey.Of(Organ, Kind, Number);
}

/// <summary>Builds the lookup key of a catalog entry or citation.</summary>
public static class CatalogKey
{
    /// <summary>"GA 74/177" for resolutions, "ECOSOC decision 2015/234" for decisions.</summary>
    public static string Of(string organ, CitedKind kind, string number) =>
        kind == CitedKind.Decision ? organ + " decision " + number : organ + " " + number;
}
