using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// The passes over a document's texts that several rules read (the texts scanned for the style rules' literals, the
/// dates written in them, the rungs of the operative repeat ladder), made at most once for all the rules of one lint of
/// the document.
/// </summary>
/// <remarks>
/// PERF: each rule gets its own <see cref="RuleContext"/>, so passes kept on the context were made again for every
/// rule that read them: the scan of every text by each of the seven style rules, the dates by each date rule.
/// Not thread-safe: the rules of one lint run one after another.
/// </remarks>
internal sealed class SharedPasses
{
    private IReadOnlyList<ScannedText>? texts;
    private DocumentDates? dates;
    private (LeadReadings Leads, List<OperativeLadder.Rung> Rungs)? ladder;

    public SharedPasses(ResolutionDocument document) => Document = document;

    /// <summary>The document the passes read.</summary>
    public ResolutionDocument Document { get; }

    /// <summary>Every text the style rules read, with what each holds, scanned on first use.</summary>
    public IReadOnlyList<ScannedText> Texts => texts ??= ScannedTexts.Of(Document);

    /// <summary>The dates written in <see cref="Texts"/>, found on first use.</summary>
    public DocumentDates Dates => dates ??= DocumentDates.Find(Texts);

    /// <summary>
    /// The operative leads read as rungs of the repeat ladder, read on first use from <paramref name="leads"/> for DK2004
    /// and DK2005 (again only if another rule asks with other lead readings).
    /// </summary>
    public IReadOnlyList<OperativeLadder.Rung> Rungs(LeadReadings leads)
    {
        if (ladder is not { } read || !ReferenceEquals(read.Leads, leads))
        {
            read = (leads, new List<OperativeLadder.Rung>(OperativeLadder.Read(Document, leads)));
            ladder = read;
        }

        return read.Rungs;
    }
}
