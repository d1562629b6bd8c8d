using System.Text;
using CsCheck;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;
using DraftingKit.Tests.Corpus;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// The engine never throws and no rule fails, whatever the template holds: real templates cut, spliced and
/// sprinkled with Markdown punctuation, and random text, with a fixed seed so that a failure replays.
/// </summary>
public sealed class RuleFuzzTests
{
    private const string Alphabet = "*_[]^()#:-.,;!\"'“”’`\\<>|~ \n\t\r1234567890aAbBzZéø\u200E\uFEFF";

    private static readonly string[] Seeds = CorpusTemplates.All.Take(40).Select(t => t.Text).ToArray();

    [Fact]
    public void Mutated_real_templates_never_make_a_rule_fail()
    {
        Assert.NotEmpty(Seeds);
        var gen =
            from template in Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i])
            from edits in Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.String[Gen.Char[Alphabet], 0, 12]).Array[1, 8]
            select Mutate(template, edits);
        gen.Sample(CheckClean, iter: 2000, seed: "0N0XIzNsQ0O2", threads: 1);
    }

    [Fact]
    public void Random_text_never_makes_a_rule_fail()
    {
        var lines = Gen.OneOf(
            Gen.String[Gen.Char[Alphabet], 0, 40],
            Gen.Const("---"),
            Gen.Const("kind: decision"),
            Gen.Const("adopted: 2019-02-30"),
            Gen.Const("The General Assembly,"),
            Gen.Const("1. *Requests* the Secretary-General to report;"),
            Gen.Const("   (a) To act;"),
            Gen.Const("*Recalling also* its resolution 73/186 of 17 December 2018,[^1]"),
            Gen.Const("[^1]: Ibid."),
            Gen.Const("# Annex"),
            Gen.Const("## Continuous support"));
        var gen = lines.Array[0, 30].Select(parts => string.Join("\n", parts));
        gen.Sample(CheckClean, iter: 2000, seed: "0N0XIzNsQ0O3", threads: 1);
    }

    private static void CheckClean(string text)
    {
        var findings = DraftingLinter.Lint("fuzz.res.md", text);
        var failure = findings.FirstOrDefault(f => f.Descriptor == HostDiagnostics.RuleFailure);
        Assert.True(failure is null, failure?.Message);
        foreach (var finding in findings)
        {
            Assert.InRange(finding.Span.Start, 0, text.Length);
            foreach (var edit in finding.Fix)
            {
                Assert.InRange(edit.Span.End, 0, text.Length);
            }
        }

        DraftingLinter.ApplyFixes(text, findings, out _);
    }

    private static string Mutate(string template, (int Position, int Kind, string Text)[] edits)
    {
        var builder = new StringBuilder(template);
        foreach (var (position, kind, text) in edits)
        {
            var at = position % (builder.Length + 1);
            switch (kind)
            {
                case 0:
                    builder.Insert(at, text);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(text.Length + 1, builder.Length - at));
                    break;
                case 2:
                    var from = (position / 7) % (builder.Length + 1);
                    var length = Math.Min(80, builder.Length - from);
                    builder.Insert(at, builder.ToString(from, length));
                    break;
                default:
                    if (at < builder.Length)
                    {
                        builder[at] = text.Length > 0 ? text[0] : '*';
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
