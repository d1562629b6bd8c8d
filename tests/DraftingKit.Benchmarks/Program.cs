using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/DraftingKit.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DraftingKit.Benchmarks.CatalogLookupBenchmarks).Assembly).Run(args);
