using DraftingKit.Diagnostics;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// The texts scanned and the dates found are made once for all the rules of one lint (<see cref="SharedPasses"/>),
/// not once for each rule's context; a context of another document makes its own.
/// </summary>
public sealed class SharedPassesTests
{
    // A rule that only records the passes its context gives it.
    private sealed class Recorder : DraftingRule
    {
        public List<object> Seen { get; } = new();

        public override DraftingDescriptor Descriptor => WordUsageRule.Rule;

        public override void Check(RuleContext context)
        {
            Seen.Add(context.Texts);
            Seen.Add(context.Dates);
            Seen.Add(context.Rungs);
        }
    }

    private static readonly string Sample = RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md");

    [Fact]
    public void Every_rule_of_one_lint_reads_the_same_scan_and_dates()
    {
        var text = File.ReadAllText(Sample);
        var document = TemplateReader.Read(Sample, text).Document;
        var first = new Recorder();
        var second = new Recorder();
        DraftingLinter.Check(document, text, RuleOptions.Empty, null, new DraftingRule[] { first, second });

        Assert.NotEmpty((IReadOnlyList<ScannedText>)first.Seen[0]);
        Assert.Same(first.Seen[0], second.Seen[0]);
        Assert.Same(first.Seen[1], second.Seen[1]);
        Assert.NotEmpty((IReadOnlyList<OperativeLadder.Rung>)first.Seen[2]);
        Assert.Same(first.Seen[2], second.Seen[2]);
    }

    [Fact]
    public void The_shared_rungs_are_the_ladder_read_afresh_and_other_lead_readings_read_their_own()
    {
        var text = File.ReadAllText(Sample);
        var document = TemplateReader.Read(Sample, text).Document;
        var passes = new SharedPasses(document);
        var leads = new LeadReadings(LeadGrammar.Default);
        var shared = passes.Rungs(leads);

        Assert.Equal(OperativeLadder.Read(document).Select(Describe), shared.Select(Describe));
        Assert.Same(shared, passes.Rungs(leads));
        Assert.NotSame(shared, passes.Rungs(new LeadReadings(LeadGrammar.Default)));
    }

    private static string Describe(OperativeLadder.Rung rung) =>
        rung.Part + ":" + rung.Verb + ":" + rung.Adverb + ":" + rung.AdverbAfterVerb + ":" + rung.LeadStart + ":" + rung.LeadText + ":" + rung.Paragraph.Span.Start;

    [Fact]
    public void Two_lints_and_two_documents_do_not_share_them()
    {
        var text = File.ReadAllText(Sample);
        var document = TemplateReader.Read(Sample, text).Document;
        var rule = new Recorder();
        DraftingLinter.Check(document, text, RuleOptions.Empty, null, new DraftingRule[] { rule });
        DraftingLinter.Check(document, text, RuleOptions.Empty, null, new DraftingRule[] { rule });
        Assert.NotSame(rule.Seen[0], rule.Seen[3]);

        var passes = new SharedPasses(document);
        var other = TemplateReader.Read(Sample, text).Document;
        var shared = new RuleContext(document, text, RuleOptions.Empty, passes: passes);
        var own = new RuleContext(other, text, RuleOptions.Empty, passes: passes);
        Assert.Same(passes.Texts, shared.Texts);
        Assert.NotSame(passes.Texts, own.Texts);
        Assert.Equal(passes.Texts.Select(scanned => scanned.Holds), own.Texts.Select(scanned => scanned.Holds));
    }
}
