using System.Globalization;
using DraftingKit.Model;

namespace DraftingKit.Reports;

/// <summary>
/// Writes the report paragraph of a <see cref="Proceeding"/> in the words the Third Committee's reports use for it
/// (seeds 000 and 002, section II). Symbols become links, as the published reports link them; the cross-reference to
/// the recommendations is computed from the <see cref="ReportLayout"/>.
/// </summary>
public static class ProceedingNarrative
{
    /// <summary>The paragraph text of <paramref name="proceeding"/> in the report laid out as <paramref name="layout"/>.</summary>
    public static InlineText Write(Proceeding proceeding, ReportLayout layout)
    {
        var writer = new Writer(proceeding.Span);
        switch (proceeding)
        {
            case CouncilRecommendation recommendation:
                writer.Text("In its resolution ").Link(recommendation.CouncilResolution)
                    .Text(" of " + recommendation.CouncilDate + ", the Economic and Social Council recommended to the General Assembly that it adopt a " + KindOf(layout, recommendation.TextId) + " entitled “" + TitleOf(layout, recommendation.TextId) + "”. ")
                    .Text("The " + KindOf(layout, recommendation.TextId) + " was reproduced in a note by the Secretariat (").Link(recommendation.Symbol)
                    .Text(") that was brought to the attention of the Committee");
                if (recommendation.Meeting is { } attention)
                {
                    writer.Text(" at its " + Meeting(attention.Number) + (attention.Date is null ? string.Empty : ", on " + attention.Date));
                }

                writer.Text(".");
                break;
            case DraftBeforeCommittee before:
                var kind = KindOf(layout, before.TextId);
                writer.Text(Lead(before.Meeting) + "the Committee had before it a " + kind + " entitled “" + TitleOf(layout, before.TextId) + "” (").Link(before.Symbol).Text(")");
                if (before.Replaces is { } replaced)
                {
                    writer.Text(", which replaced " + kind + " ").Link(replaced).Text(", and was submitted by ");
                }
                else
                {
                    writer.Text(", submitted by ");
                }

                writer.Text(Sponsors.Join(before.Sponsors) + ".");
                if (before.LaterSponsors.Count > 0)
                {
                    writer.Text(" Subsequently, " + Sponsors.Join(before.LaterSponsors) + " joined in sponsoring the " + kind + ".");
                }

                break;
            case BudgetImplicationsStatement statement:
                writer.Text(Lead(statement.Meeting) + "the Secretary of the Committee read out a statement of the programme budget implications of draft resolution ")
                    .Link(statement.Symbol).Text(".");
                break;
            case OralRevision revision:
                writer.Text(Lead(revision.Meeting) + "the representative of " + revision.Representative + " orally " + revision.Change + " the draft resolution.");
                break;
            case Adoption adoption:
                writer.Text(Lead(adoption.Meeting) + "the Committee adopted " + KindOf(layout, adoption.TextId) + " ").Link(adoption.Symbol);
                if (adoption.AsOrally is { } change)
                {
                    writer.Text(", as orally " + change);
                }

                if (adoption.Vote is { } vote)
                {
                    writer.Text(string.Format(CultureInfo.InvariantCulture, " by a recorded vote of {0} to {1}, with {2} abstention{3}", vote.InFavour, vote.Against, vote.Abstentions, vote.Abstentions == 1 ? string.Empty : "s"));
                }
                else if (adoption.WithoutVote)
                {
                    writer.Text(" without a vote");
                }

                if (adoption.TextId is { } id && layout.Find(id) is { } text)
                {
                    writer.Text(" (" + layout.CrossReference(text) + ")");
                }

                writer.Text(".");
                break;
        }

        return writer.ToInlineText();
    }

    /// <summary>"At its 43rd meeting, on 7 November, ", "Also at its 43rd meeting, ", "At the same meeting, ".</summary>
    public static string Lead(MeetingReference? meeting)
    {
        if (meeting is null)
        {
            return string.Empty;
        }

        var date = meeting.Date is null ? string.Empty : ", on " + meeting.Date;
        return meeting.Form switch
        {
            MeetingForm.Same => "At the same meeting, ",
            MeetingForm.AlsoSame => "Also at the same meeting, ",
            MeetingForm.The => "At the " + Meeting(meeting.Number) + date + ", ",
            MeetingForm.AlsoIts => "Also at its " + Meeting(meeting.Number) + date + ", ",
            _ => "At its " + Meeting(meeting.Number) + date + ", ",
        };
    }

    private static string Meeting(int? number) => number is int n ? Numerals.ToOrdinalSuffixed(n) + " meeting" : "meeting";

    private static string KindOf(ReportLayout layout, string? id) =>
        id is not null && layout.Find(id) is { Kind: DocumentKind.Decision } ? "draft decision" : "draft resolution";

    private static string TitleOf(ReportLayout layout, string? id) =>
        id is not null && layout.Find(id) is { Document.Header.Title: { } title } ? title : string.Empty;

    /// <summary>Builds the inline runs of a paragraph; every run carries the span of the block it comes from.</summary>
    private sealed class Writer
    {
        private readonly List<Inline> inlines = new();
        private readonly SourceSpan span;

        public Writer(SourceSpan span) => this.span = span;

        public Writer Text(string text)
        {
            if (text.Length > 0)
            {
                inlines.Add(new TextRun(text, span));
            }

            return this;
        }

        public Writer Link(string symbol)
        {
            inlines.Add(new DocumentLink(InlineText.Of(new TextRun(symbol, span)), symbol, span));
            return this;
        }

        public InlineText ToInlineText() => new(EquatableArray.From(inlines));
    }
}
