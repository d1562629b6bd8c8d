namespace DraftingKit.Authoring;

/// <summary>
/// The metadata that <see cref="ResolutionAttribute"/> and <see cref="DecisionAttribute"/> share: what the header
/// block of the published text shows. Every property is optional; a draft needs only a title.
/// </summary>
/// <remarks>
/// Unsealed only so that the two attributes share their properties; it is not meant for other subclasses.
/// Dates are written as in templates, ISO ("2019-12-18") or UN ("18 December 2019").
/// </remarks>
public abstract class DraftingTextAttribute : Attribute
{
    /// <summary>The adopting organ, as the enacting formula names it; "General Assembly" when not set.</summary>
    public string Organ { get; set; } = "General Assembly";

    /// <summary>The document symbol: "A/RES/74/177", "A/C.3/74/L.11/Rev.1".</summary>
    public string? Symbol { get; set; }

    /// <summary>The number of the adopted text: "74/177", "2017/15".</summary>
    public string? Number { get; set; }

    /// <summary>How a report labels the draft: "Draft resolution IV".</summary>
    public string? Label { get; set; }

    /// <summary>The title.</summary>
    public string? Title { get; set; }

    /// <summary>The session: 74 for the seventy-fourth session of the General Assembly; 0 when not set.</summary>
    public int Session { get; set; }

    /// <summary>The agenda item as printed: "106", "69 (b)".</summary>
    public string? AgendaItem { get; set; }

    /// <summary>The title of the agenda item.</summary>
    public string? AgendaTitle { get; set; }

    /// <summary>The distribution: "General", "Limited".</summary>
    public string? Distribution { get; set; }

    /// <summary>The date of issue.</summary>
    public string? Issued { get; set; }

    /// <summary>The date of adoption; a text with this date is an adopted text, one without it a draft.</summary>
    public string? Adopted { get; set; }

    /// <summary>The bracketed line under the adoption line: "on the report of the Third Committee (A/74/400)".</summary>
    public string? Reference { get; set; }

    /// <summary>The meeting at which the text was adopted: "50th plenary meeting".</summary>
    public string? Meeting { get; set; }

    /// <summary>
    /// The members that submit a draft, as its sponsors line names them before ": draft resolution" ("Albania, France,
    /// Japan and United States of America"); printed under the masthead of a draft, never on an adopted text.
    /// </summary>
    public string? Sponsors { get; set; }
}
