using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DraftingKit.Rules;

namespace DraftingKit.Benchmarks;

/// <summary>
/// Lint time against document size, 10 to 100,000 paragraphs of real drafting (<see cref="SyntheticDraft"/>):
/// it must grow linearly. Each iteration lints the document once from its bytes; the largest take seconds, so
/// the job measures single invocations rather than letting the pilot stage pick thousands.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ScalingBenchmarks
{
    private byte[] bytes = null!;

    [Params(10, 100, 1_000, 10_000, 100_000)]
    public int Paragraphs { get; set; }

    [GlobalSetup]
    public void Setup() => bytes = Encoding.UTF8.GetBytes(SyntheticDraft.Of(Paragraphs));

    [Benchmark(Baseline = true, Description = "Floor: UTF-8 decode")]
    public int Decode() => Encoding.UTF8.GetString(bytes).Length;

    [Benchmark(Description = "Lint (parse + every rule)")]
    public int Lint() => DraftingLinter.Lint("synthetic.res.md", bytes).Count;
}
