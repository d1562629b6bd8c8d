using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// The passes over a document's texts that several rules read (the texts scanned for the style rules' literals, the
/// dates written in them), made at most once for all the rules of one lint of the document.
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

    public SharedPasses(ResolutionDocument document) => Document = document;

    /// <summary>The document the passes read.</summary>
    public ResolutionDocument Document { get; }

    /// <summary>Every text the style rules read, with what each holds, scanned on first use.</summary>
    public IReadOnlyList<ScannedText> Texts => texts ??= ScannedTexts.Of(Document);

    /// <summary>The dates written in <see cref="Texts"/>, found on first use.</summary>
    public DocumentDates Dates => dates ??= DocumentDates.Find(Texts);
}
