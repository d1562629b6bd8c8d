using DraftingKit.Model;

namespace DraftingKit.Reports;

/// <summary>How a report paragraph opens on the meeting it records.</summary>
public enum MeetingForm
{
    /// <summary>"At its 43rd meeting, on 7 November, …".</summary>
    Its,

    /// <summary>"At the 43rd meeting, on 7 November, …".</summary>
    The,

    /// <summary>"Also at its 43rd meeting, …".</summary>
    AlsoIts,

    /// <summary>"At the same meeting, …".</summary>
    Same,

    /// <summary>"Also at the same meeting, …".</summary>
    AlsoSame,
}

/// <summary>The meeting a proceeding took place at: its number and, when the paragraph gives it, its date ("7 November").</summary>
public sealed record MeetingReference(MeetingForm Form, int? Number, string? Date, SourceSpan Span);

/// <summary>A State named in a sponsor list, with where it stands in the template.</summary>
public sealed record SponsorName(string Name, SourceSpan Span);

/// <summary>How a recorded vote went.</summary>
public sealed record RecordedVote(int InFavour, int Against, int Abstentions);

/// <summary>
/// One formulaic step in the consideration of a proposal, from which a report paragraph is written. Each kind says
/// which draft it concerns by symbol and, where the paragraph cross-refers to the recommendations, which text.
/// </summary>
public abstract record Proceeding(MeetingReference? Meeting, SourceSpan Span);

/// <summary>
/// A draft recommended by the Council and reproduced in a note by the Secretariat: "In its resolution 2017/15 of
/// 6 July 2017, the Economic and Social Council recommended to the General Assembly that it adopt a draft resolution
/// entitled “…”. The draft resolution was reproduced in a note by the Secretariat (A/C.3/72/L.2) that was brought to
/// the attention of the Committee at its 5th meeting, on 4 October." The title is that of the text recommended.
/// </summary>
public sealed record CouncilRecommendation(
    string CouncilResolution, UnDate CouncilDate, string Symbol, string? TextId, MeetingReference? Meeting, SourceSpan Span)
    : Proceeding(Meeting, Span);

/// <summary>
/// A draft before the Committee with its sponsors: "At its 51st meeting, on 20 November, the Committee had before it a
/// draft resolution entitled “…” (A/C.3/72/L.11/Rev.1), which replaced draft resolution A/C.3/72/L.11, and was
/// submitted by …. Subsequently, … joined in sponsoring the draft resolution."
/// </summary>
public sealed record DraftBeforeCommittee(
    string Symbol,
    string? Replaces,
    string? TextId,
    EquatableArray<SponsorName> Sponsors,
    EquatableArray<SponsorName> LaterSponsors,
    MeetingReference? Meeting,
    SourceSpan Span)
    : Proceeding(Meeting, Span);

/// <summary>"At the 43rd meeting, on 7 November, the Secretary of the Committee read out a statement of the programme budget implications of draft resolution A/C.3/72/L.3."</summary>
public sealed record BudgetImplicationsStatement(string Symbol, MeetingReference? Meeting, SourceSpan Span) : Proceeding(Meeting, Span);

/// <summary>
/// "At the same meeting, the representative of Uganda orally corrected the draft resolution." <see cref="Change"/>
/// is "revised" or "corrected".
/// </summary>
public sealed record OralRevision(string Representative, string Change, MeetingReference? Meeting, SourceSpan Span) : Proceeding(Meeting, Span);

/// <summary>
/// The adoption: "Also at its 43rd meeting, the Committee adopted draft resolution A/C.3/72/L.3 (see para. 20, draft
/// resolution II)." A recorded vote adds "by a recorded vote of 120 to 3, with 50 abstentions"; an oral revision adds
/// ", as orally revised"; <see cref="WithoutVote"/> writes "without a vote" where the report says so.
/// </summary>
public sealed record Adoption(
    string Symbol, string? TextId, string? AsOrally, bool WithoutVote, RecordedVote? Vote, MeetingReference? Meeting, SourceSpan Span)
    : Proceeding(Meeting, Span);
