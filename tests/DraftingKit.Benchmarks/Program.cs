using BenchmarkDotNet.Running;

// Run: ./scripts/bench.sh (or dotnet run -c Release --project tests/DraftingKit.Benchmarks -- --filter '*').
// "--probe" lints the synthetic documents once each with a stopwatch: a quick look at scaling, not a measurement.
// "--lsp-probe" alternates the language server's change-to-diagnostics time with a bare lint of the same text.
if (args.Length == 1 && args[0] == "--probe")
{
    DraftingKit.Benchmarks.ScalingProbe.Run(System.Console.Out);
    return;
}

if (args.Length == 1 && args[0] == "--lsp-probe")
{
    DraftingKit.Benchmarks.LanguageServerProbe.Run(System.Console.Out);
    return;
}

// "--floor-probe [template …]" alternates floor, parse and lint of 74/177 (or of the templates given) round by round.
// "--floor-probe --seeds" does the same with the seed corpus as one operation.
if (args.Length >= 1 && args[0] == "--floor-probe")
{
    var seeds = args.Length == 2 && args[1] == "--seeds";
    var paths = seeds ? DraftingKit.Benchmarks.BenchmarkFiles.SeedCorpus() : args.Length > 1 ? args[1..] : new[] { DraftingKit.Benchmarks.BenchmarkFiles.Sample };
    DraftingKit.Benchmarks.FloorProbe.Run(System.Console.Out, paths, seeds ? 41 : 201);
    return;
}

// "--lint-loop seconds": lints the seed corpus as the CLI does (read, parse, every rule on one shared context), over
// and over for that long, for a sampling profiler attached to the process.
if (args.Length == 2 && args[0] == "--lint-loop")
{
    var paths = DraftingKit.Benchmarks.BenchmarkFiles.SeedCorpus();
    var until = System.Diagnostics.Stopwatch.StartNew();
    var lints = 0;
    while (until.Elapsed.TotalSeconds < int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture))
    {
        foreach (var path in paths)
        {
            DraftingKit.Rules.DraftingLinter.Lint(path, System.IO.File.ReadAllBytes(path));
        }

        lints++;
    }

    System.Console.WriteLine($"{lints} lints of the seeds");
    return;
}

// "--word-usage": DK7021's search (WordUsage.Matches) over every run of the seed corpus's texts, round by round:
// the lowest and the median time of a pass, the measure least moved by a loaded machine.
if (args.Length == 1 && args[0] == "--word-usage")
{
    DraftingKit.Benchmarks.WordUsageProbe.Run(System.Console.Out, 301);
    return;
}

// "--rules-seeds": every rule over the seed corpus's documents freshly read each round (as a lint), only the rules
// timed: the lowest and median time of the rounds and the bytes the rules allocate.
if (args.Length == 1 && args[0] == "--rules-seeds")
{
    DraftingKit.Benchmarks.WordUsageProbe.RunRules(System.Console.Out, 101);
    return;
}

// "--pattern-probe": a rule's source-generated patterns against the same patterns interpreted.
if (args.Length == 1 && args[0] == "--pattern-probe")
{
    DraftingKit.Benchmarks.PatternProbe.Run(System.Console.Out, 101);
    return;
}

// "--reader template|paragraphs [seconds]": the template reader (of a file, or of a synthetic draft) phase by phase (CPU, allocations), then read in a loop for a profiler.
if (args.Length >= 2 && args[0] == "--reader")
{
    DraftingKit.Benchmarks.ReaderProbe.Run(System.Console.Out, args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0);
    return;
}

// "--synthetic paragraphs file": writes the synthetic draft of that many paragraphs (SyntheticDraft), for timing the
// draftkit process on it (the 57 MB template of "--probe" is 100000).
if (args.Length == 3 && args[0] == "--synthetic")
{
    System.IO.File.WriteAllText(args[2], DraftingKit.Benchmarks.SyntheticDraft.Of(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

// "--allocations [--seeds | template …]": what a lint allocates, the reader and the rules apart (exact) and by type
// (the runtime's allocation ticks, a sample) over the seed corpus by default.
if (args.Length >= 1 && args[0] == "--allocations")
{
    var paths = args.Length > 1 && args[1] != "--seeds" ? args[1..] : DraftingKit.Benchmarks.BenchmarkFiles.SeedCorpus();
    DraftingKit.Benchmarks.AllocationProbe.Run(System.Console.Out, paths, 20);
    return;
}

if (args.Length == 2 && args[0] == "--rules")
{
    DraftingKit.Benchmarks.RuleProbe.Run(System.Console.Out, args[1]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DraftingKit.Benchmarks.LintBenchmarks).Assembly).Run(args);
