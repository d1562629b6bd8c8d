using System.Globalization;
using DraftingKit.Model;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Support;

/// <summary>
/// The measure of the findings target: findings per 1,000 paragraphs (preambular and operative paragraphs of
/// every part) of adopted text, per session.
/// </summary>
internal static class CorpusParagraphs
{
    public static int Count(ResolutionDocument document) =>
        document.PreambularParagraphs().Count() + Paragraphs.Operative(document).Count();

    public static List<Rate> RatesBySession(
        IReadOnlyDictionary<string, int> paragraphs,
        IReadOnlyDictionary<string, int> findings,
        IEnumerable<string> sessionOfEachUnexplained)
    {
        var unexplained = sessionOfEachUnexplained.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return paragraphs
            .OrderBy(p => p.Key, System.StringComparer.Ordinal)
            .Select(p => new Rate(p.Key, p.Value, findings.TryGetValue(p.Key, out var f) ? f : 0, unexplained.TryGetValue(p.Key, out var u) ? u : 0))
            .ToList();
    }

    public sealed record Rate(string Session, int Paragraphs, int Findings, int Unexplained)
    {
        public double PerThousand => Paragraphs == 0 ? 0 : 1000.0 * Findings / Paragraphs;

        public double UnexplainedPerThousand => Paragraphs == 0 ? 0 : 1000.0 * Unexplained / Paragraphs;

        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "session {0}: {1} paragraphs, {2} findings ({3:F2} per 1,000), {4} beyond the reviewed baseline ({5:F2} per 1,000)",
            Session,
            Paragraphs,
            Findings,
            PerThousand,
            Unexplained,
            UnexplainedPerThousand);
    }
}
