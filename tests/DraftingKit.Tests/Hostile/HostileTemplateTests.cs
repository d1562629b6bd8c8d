using CsCheck;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// Property tests: whatever a template holds, the reader, every rule, every renderer and the text importer end
/// without an exception, within the budget, with every finding inside the file (<see cref="HostileRun"/>).
/// Fixed seed in CI; <c>DRAFTINGKIT_HOSTILE_ITERATIONS</c> runs more inputs (docs/performance.md).
/// </summary>
[Collection(HostileSettings.Collection)]
public sealed class HostileTemplateTests
{
    [Fact]
    public void Random_bytes_are_read_linted_rendered_and_imported_without_failure() =>
        HostileInputs.RandomBytes.Sample(HostileRun.Template, seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(150));

    [Fact]
    public void Invalid_utf8_in_real_templates_is_reported_not_fatal() =>
        HostileInputs.InvalidUtf8.Sample(HostileRun.Template, seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(40));

    [Fact]
    public void Random_edits_of_the_seed_templates_never_break_a_rule_or_renderer() =>
        HostileInputs.MutatedSeed.Sample(text => HostileRun.Template(text), seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(120));

    [Fact]
    public void Huge_lines_are_linted_within_the_budget() =>
        HostileInputs.HugeLine.Sample(text => HostileRun.Template(text), seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(8));

    [Fact]
    public void Deeply_nested_lists_and_quotes_are_reported_not_fatal() =>
        HostileInputs.DeepNesting.Sample(text => HostileRun.Template(text), seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(15));

    [Fact]
    public void Thousands_of_footnotes_are_linted_within_the_budget() =>
        HostileInputs.FootnoteFlood.Sample(text => HostileRun.Template(text), seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(4));

    [Fact]
    public void Unbalanced_emphasis_never_breaks_the_reader() =>
        HostileInputs.UnbalancedEmphasis.Sample(text => HostileRun.Template(text), seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(80));

    [Fact]
    public void Front_matter_of_any_shape_is_reported_not_fatal() =>
        HostileInputs.FrontMatter.Sample(text => HostileRun.Template(text), seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(100));
}
