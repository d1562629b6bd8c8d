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

if (args.Length == 2 && args[0] == "--rules")
{
    DraftingKit.Benchmarks.RuleProbe.Run(System.Console.Out, args[1]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DraftingKit.Benchmarks.LintBenchmarks).Assembly).Run(args);
