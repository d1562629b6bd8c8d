using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using DraftingKit.Citations;
using DraftingKit.Model;

namespace DraftingKit.Benchmarks;

/// <summary>
/// The cost of looking up one citation in a catalog of 50,000 entries (a synthetic catalog the size of every
/// General Assembly, Council and commission text there is), and of recognizing the citations of a long real
/// preambular paragraph.
/// </summary>
[MemoryDiagnoser]
public class CatalogLookupBenchmarks
{
    // Seed 003, first preambular paragraph of resolution 74/177.
    private const string Paragraph = "Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005, 67/1 of 19 September 2012, 69/193 and 69/196 of 18 December 2014, 70/178 and 70/182 of 17 December 2015, 71/209 of 19 December 2016, 72/196 of 19 December 2017 and 73/186 of 17 December 2018,";

    private ResolutionCatalog catalog = null!;
    private string[] numbers = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var rows = new List<CatalogEntry>(50_000);
        for (var session = 1; session <= 80; session++)
        {
            for (var number = 1; number <= 625; number++)
            {
                rows.Add(new CatalogEntry("GA", string.Format(CultureInfo.InvariantCulture, "{0}/{1}", session, number), CitedKind.Resolution, new UnDate(1945 + session, 12, 1), "record", string.Empty, null, "synthetic"));
            }
        }

        catalog = ResolutionCatalog.Of(rows);
        numbers = new string[1024];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = string.Format(CultureInfo.InvariantCulture, "{0}/{1}", 1 + (i * 7 % 80), 1 + (i * 13 % 625));
        }
    }

    [Benchmark(Description = "Catalog lookup, 50,000 entries")]
    public CatalogEntry? Lookup() => catalog.Find("GA", CitedKind.Resolution, numbers[next++ & 1023]);

    [Benchmark(Description = "Recognize the ten citations of 74/177's first preambular paragraph")]
    public int Recognize() => CitationRecognizer.Find(Paragraph, Organ.GeneralAssembly).Count;
}
