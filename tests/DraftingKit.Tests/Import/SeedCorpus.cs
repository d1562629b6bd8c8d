using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Every resolution and decision of seeds 000–003, where it stands in the ORIGINAL seed (first and last line,
/// label or formula line to the line before the next report paragraph or text) and the template that
/// <c>scripts/import-seeds.sh</c> committed for it under <c>tests/corpus/seeds/</c>. The line ranges were read
/// off the seeds by hand; they are the test's own knowledge of the documents, not the importer's.
/// </summary>
internal static class SeedCorpus
{
    public const string Report000 = "000_88cf70b5d62246a4";
    public const string Report001 = "001_5c6eab6134220b08";
    public const string Report002 = "002_1571e35c9475b5fc";
    public const string Resolution003 = "003_e49df413fffcae13";

    public static IReadOnlyList<SeedText> Texts { get; } = new SeedText[]
    {
        new(Report000, "draft-resolution-I.res.md", 91, 196),
        new(Report000, "draft-resolution-II.res.md", 198, 304),
        new(Report000, "draft-resolution-III.res.md", 306, 394),
        new(Report000, "draft-resolution-IV.res.md", 396, 560),
        new(Report000, "draft-resolution-V.res.md", 562, 894),
        new(Report000, "draft-decision.res.md", 898, 902),
        new(Report001, "A-draft-resolution-I.res.md", 11, 112),
        new(Report001, "A-draft-resolution-II.res.md", 114, 220),
        new(Report001, "A-draft-resolution-III.res.md", 222, 308),
        new(Report001, "B-draft-resolution-I.res.md", 314, 410),
        new(Report001, "B-draft-resolution-II.res.md", 412, 480),
        new(Report001, "C-draft-decision-I.res.md", 486, 513),
        new(Report001, "C-draft-decision-II.res.md", 515, 550),
        new(Report001, "C-draft-decision-III.res.md", 552, 556),
        new(Report001, "resolution-26-1.res.md", 562, 656),
        new(Report001, "resolution-26-2.res.md", 658, 756),
        new(Report001, "resolution-26-3.res.md", 758, 864),
        new(Report001, "resolution-26-4.res.md", 866, 911),
        new(Report002, "A-C.3-68-L.17.res.md", 98, 186, Quoted: true),
        new(Report002, "A-C.3-68-L.18.res.md", 200, 372, Quoted: true),
        new(Report002, "A-C.3-68-L.20.res.md", 388, 456, Quoted: true),
        new(Report002, "A-C.3-68-L.21.res.md", 468, 562, Quoted: true),
        new(Report002, "draft-resolution-I.res.md", 582, 670),
        new(Report002, "draft-resolution-II.res.md", 672, 758),
        new(Report002, "draft-resolution-III.res.md", 760, 818),
        new(Report002, "draft-resolution-IV.res.md", 820, 918),
        new(Report002, "draft-resolution-V.res.md", 920, 995),
        new(Report002, "draft-resolution-VI.res.md", 997, 1119),
        new(Report002, "draft-resolution-VII.res.md", 1121, 1221),
        new(Report002, "draft-resolution-VIII.res.md", 1223, 1369),
        new(Report002, "draft-resolution-IX.res.md", 1371, 1603),
        new(Report002, "draft-resolution-X.res.md", 1605, 1685),
        new(Report002, "draft-resolution-XI.res.md", 1687, 1843),
        new(Report002, "draft-decision.res.md", 1847, 1851),
        new(Resolution003, "A-RES-74-177.res.md", 1, 407, SymbolLine: "A/RES/74/177"),
    };

    public static string SeedPath(string seed) => Path.Combine(RepositoryPaths.Seeds, seed + ".txt");

    public static string TemplatePath(SeedText text) => RepositoryPaths.InRepository("tests", "corpus", "seeds", text.Seed, text.File);
}

/// <summary>One text of a seed: its template and its lines in the original.</summary>
internal sealed record SeedText(string Seed, string File, int FirstLine, int LastLine, bool Quoted = false, string? SymbolLine = null)
{
    public override string ToString() => Seed.Substring(0, 3) + "/" + File;
}
