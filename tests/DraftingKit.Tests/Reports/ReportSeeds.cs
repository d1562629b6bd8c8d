using DraftingKit.Tests.Import;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Reports;

/// <summary>
/// The seed reports re-authored as <c>*.report.md</c> under <c>tests/corpus/reports/</c>, and the stretches of the
/// ORIGINAL seed each part of the rendering must equal, in order. The line ranges were read off the seeds by hand;
/// the expected text of each is derived from the seed by <see cref="SeedReference"/>, not by the engine.
/// </summary>
internal static class ReportSeeds
{
    public static string ReportPath(string seed) => RepositoryPaths.InRepository("tests", "corpus", "reports", seed + ".report.md");

    /// <summary>Seed 000 (A/72/438): sections I and II, paragraph 20, its five draft resolutions, paragraph 21 and the draft decision.</summary>
    public static IReadOnlyList<SeedStretch> Report000 { get; } = new SeedStretch[]
    {
        new(SeedCorpus.Report000, "I. Introduction", 21, 39),
        new(SeedCorpus.Report000, "II. Consideration of proposals", 41, 85, ContinuesAt: 69),
        new(SeedCorpus.Report000, "III and paragraph 20", 87, 89),
        new(SeedCorpus.Report000, "draft resolution I", 91, 196),
        new(SeedCorpus.Report000, "draft resolution II", 198, 304),
        new(SeedCorpus.Report000, "draft resolution III", 306, 394),
        new(SeedCorpus.Report000, "draft resolution IV", 396, 560),
        new(SeedCorpus.Report000, "draft resolution V", 562, 894),
        new(SeedCorpus.Report000, "paragraph 21", 896, 896),
        new(SeedCorpus.Report000, "draft decision", 898, 902),
    };

    /// <summary>Seed 001 (E/2017/30, chapter I): sections A to D with their texts; the notes run on from 1 to 72.</summary>
    public static IReadOnlyList<SeedStretch> Report001 { get; } = new SeedStretch[]
    {
        new(SeedCorpus.Report001, "chapter I, section A and paragraph 1", 3, 9),
        new(SeedCorpus.Report001, "A, draft resolution I", 11, 112),
        new(SeedCorpus.Report001, "A, draft resolution II", 114, 220),
        new(SeedCorpus.Report001, "A, draft resolution III", 222, 308),
        new(SeedCorpus.Report001, "section B and paragraph 2", 310, 312),
        new(SeedCorpus.Report001, "B, draft resolution I", 314, 410),
        new(SeedCorpus.Report001, "B, draft resolution II", 412, 480),
        new(SeedCorpus.Report001, "section C and paragraph 3", 482, 484),
        new(SeedCorpus.Report001, "C, draft decision I", 486, 513),
        new(SeedCorpus.Report001, "C, draft decision II", 515, 550),
        new(SeedCorpus.Report001, "C, draft decision III (paragraph 4)", 552, 556),
        new(SeedCorpus.Report001, "section D and paragraph 5", 558, 560),
        new(SeedCorpus.Report001, "resolution 26/1", 562, 656),
        new(SeedCorpus.Report001, "resolution 26/2", 658, 756),
        new(SeedCorpus.Report001, "resolution 26/3", 758, 864),
        new(SeedCorpus.Report001, "resolution 26/4", 866, 911),
        new(SeedCorpus.Report001, "decision 26/1 and paragraph 6", 913, 918),
    };

    /// <summary>Seed 002 (A/68/456): section III, paragraph 47, draft resolutions I–XI, paragraph 48 and the draft decision.</summary>
    public static IReadOnlyList<SeedStretch> Report002 { get; } = Recommendations002();

    /// <summary>The expected paragraphs of <paramref name="stretches"/>, in order.</summary>
    public static List<(string Stretch, string Line)> Expected(IReadOnlyList<SeedStretch> stretches, bool renumberFootnotes)
    {
        var lines = new List<(string, string)>();
        foreach (var stretch in stretches)
        {
            var path = SeedCorpus.SeedPath(stretch.Seed);
            List<string> text;
            if (stretch.ContinuesAt is int continuation)
            {
                // A paragraph split by a page break whose first half ends like a paragraph ("Belgium,"): the seed
                // reference cannot tell, so the test says where the paragraph goes on.
                text = SeedReference.Lines(path, stretch.FirstLine, continuation - 1, quoted: false, symbolLine: null, renumberFootnotes, inReport: true);
                var rest = SeedReference.Lines(path, continuation, stretch.LastLine, quoted: false, symbolLine: null, renumberFootnotes, inReport: true);
                text[text.Count - 1] += " " + rest[0];
                text.AddRange(rest.Skip(1));
            }
            else
            {
                text = SeedReference.Lines(path, stretch.FirstLine, stretch.LastLine, quoted: false, symbolLine: null, renumberFootnotes, inReport: true);
            }

            foreach (var line in text)
            {
                lines.Add((stretch.Name, line));
            }
        }

        return lines;
    }

    /// <summary>The header block of a seed as printed: its non-blank lines, bold marks removed.</summary>
    public static List<string> HeaderLines(string seed, int first, int last) =>
        File.ReadAllLines(SeedCorpus.SeedPath(seed))
            .Skip(first - 1)
            .Take(last - first + 1)
            .Select(line => line.Replace("**", string.Empty).Trim())
            .Where(line => line.Length > 0)
            .ToList();

    private static IReadOnlyList<SeedStretch> Recommendations002()
    {
        var stretches = new List<SeedStretch> { new(SeedCorpus.Report002, "III and paragraph 47", 578, 580) };
        foreach (var text in SeedCorpus.Texts.Where(t => t.Seed == SeedCorpus.Report002 && t.File.StartsWith("draft-resolution-", System.StringComparison.Ordinal)).OrderBy(t => t.FirstLine))
        {
            stretches.Add(new SeedStretch(SeedCorpus.Report002, text.File, text.FirstLine, text.LastLine));
        }

        stretches.Add(new SeedStretch(SeedCorpus.Report002, "paragraph 48", 1845, 1845));
        stretches.Add(new SeedStretch(SeedCorpus.Report002, "draft decision", 1847, 1851));
        return stretches;
    }
}

/// <summary>
/// Lines <see cref="FirstLine"/>–<see cref="LastLine"/> of a seed, named for the messages; <see cref="ContinuesAt"/> is
/// the line where a paragraph broken by a page goes on, when the break cannot be seen from the text.
/// </summary>
internal sealed record SeedStretch(string Seed, string Name, int FirstLine, int LastLine, int? ContinuesAt = null);
