using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DraftingKit.Rules;
using DraftingKit.Tests.Corpus;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// A rule that fires on adopted UN text is a false positive. Every rule runs over every template in the
/// repository (tests/corpus, samples) and over the UN's own resolutions converted from AKN4UN; the only
/// findings allowed are the genuine slips listed here, each checked against the UN's file.
/// </summary>
public sealed class CorpusFalsePositiveTests
{
    /// <summary>(template, id, line): each one read in the UN's XML and judged a real slip, or said otherwise.</summary>
    private static readonly string[] KnownCorpusFindings =
    {
        // Adverb-first preambular leads: the 4 cases drafting-rules.md section 9 counts; a suggestion (info) only.
        "75_106_E.res.md DK1104 30", // "Also expressing its satisfaction"
        "A_RES_75_312-2110594E.res.md DK1104 28", // "Also noting with appreciation"
        "A_RES_76_265_E.res.md DK1104 42", // "Further noting with concern"
        "A_RES_76_89-2118691E.res.md DK1104 30", // "Also expressing its satisfaction" (76/89 repeats 75/106)

        // Real slips in the UN's files.
        "75_151_E.res.md DK7003 18", // "twenty fourth session" without its hyphen
        "75_163_E.res.md DK6001 167", // link text "A/73/12 (part II)": the symbol writes "(Part II)"
        "75_193_E.res.md DK2002 206", // paragraph 57: "Urges" not in italics
        "75_239_E.res.md DK2002 834", // paragraph 325: "Endorses" not in italics
        "A_RES_76_104-2118710E.res.md DK1102 30", // "Aware of the role …": lead not in italics
        "75_264_E.res.md DK2003 66", // paragraph 18 ends with a comma
        "A_RES_76_189-2119246E.res.md DK2003 126", // paragraph 14 ends with a comma
        "75_68_E.res.md DK0010 40", // "3 Calls upon": the number lost its full stop, so the paragraph is unnumbered …
        "75_68_E.res.md DK3001 42", // … and paragraph 4 follows paragraph 2
        "A_RES_76_256-2204678E.res.md DK1103 36", // "l. Decides": a letter l typed for the figure 1 …
        "A_RES_76_256-2204678E.res.md DK3001 38", // … so paragraph 2 is the first numbered one
        "A_RES_76_163-2119222E_reissue.res.md DK1103 34", // preambular paragraph ends with a full stop
        "A_RES_76_228-2119659E.res.md DK1103 72", // preambular paragraph ends with a full stop
        "A_RES_76_72-2118581E_Reissue.res.md DK1103 16", // preambular paragraph ends with a semicolon
        "A_RES_76_305-2221685E.res.md DK1103 32", // "…, includingdedicated to peacebuilding": text lost in the file, no end
        "A_RES_76_169-2119235E.res.md DK4003 16", // marker 7 before the comma
        "75_224_E.res.md DK2004 68", // "Further notes" with no earlier "Also notes" (plain→Further: 6 in the corpus)
        "75_283_E.res.md DK2004 56", // "Further requests" with no earlier "Also requests"
        "A_RES_76_132-2119154E.res.md DK2004 70", // "Further urges" with no earlier "Also urges"

        // Not slips: the annual fisheries resolution speaks of "the informal consultations on this resolution",
        // meaning next year's text. DK7005 cannot tell; the finding is a warning a drafter can suppress.
        "75_89_E.res.md DK7005 742",
        "A_RES_76_71-2118577E.res.md DK7005 738",

        // The converter's limit, not the UN's: 76/226 marks its part headings ("II", "III" …) in a form the
        // test converter does not read as headings.
        "A_RES_76_226-2119655E.res.md DK1103 66",
        "A_RES_76_226-2119655E.res.md DK0010 84",
        "A_RES_76_226-2119655E.res.md DK0010 116",
        "A_RES_76_226-2119655E.res.md DK0010 126",
        "A_RES_76_226-2119655E.res.md DK0010 132",
        "A_RES_76_226-2119655E.res.md DK0010 142",
        "A_RES_76_226-2119655E.res.md DK0010 150",
        "A_RES_76_226-2119655E.res.md DK0010 166",
    };

    private readonly ITestOutputHelper output;

    public CorpusFalsePositiveTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Rules_report_nothing_on_the_UN_corpus_but_its_known_slips()
    {
        var templates = CorpusTemplates.All;
        Assert.True(templates.Count > 500, "the AKN4UN corpus should give more than 500 templates; got " + templates.Count);

        var actual = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in templates)
        {
            foreach (var finding in DraftingLinter.Lint(name, text))
            {
                actual.Add(name + " " + finding.Id + " " + finding.Span.Line);
            }
        }

        output.WriteLine($"{templates.Count} resolutions converted ({CorpusTemplates.Skipped} skipped), {actual.Count} findings");
        var expected = new SortedSet<string>(KnownCorpusFindings, StringComparer.Ordinal);
        Assert.Equal(string.Empty, string.Join("\n", actual.Except(expected)));
        Assert.Equal(string.Empty, string.Join("\n", expected.Except(actual)));
    }

    /// <summary>
    /// Templates kept in the repository: the seeds converted by hand (tests/corpus) and the samples, except the
    /// deliberately flawed one.
    /// </summary>
    [Fact]
    public void Rules_report_nothing_on_the_repository_templates()
    {
        var roots = new[] { RepositoryPaths.InRepository("tests", "corpus"), RepositoryPaths.InRepository("samples") };
        var findings = new List<string>();
        var files = 0;
        foreach (var root in roots.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*.res.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                if (file.Replace('\\', '/').Contains("/samples/FlawedDraft/", StringComparison.Ordinal))
                {
                    continue; // Flawed on purpose: its findings are asserted by the sample's own test.
                }

                files++;
                findings.AddRange(DraftingLinter.Lint(file, File.ReadAllText(file)).Select(f => f.ToString()));
            }
        }

        output.WriteLine($"{files} repository templates checked");
        Assert.Empty(findings);
    }
}
