using System.Text;
using CsCheck;
using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;
using DraftingKit.Tests.Corpus;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// The incremental linter of the language server gives exactly a whole lint's findings after any edit of a real
/// template (CsCheck edits: typing, deleting, joining and splitting lines, moving and duplicating paragraphs), while
/// re-running the paragraph rules only over the paragraphs an edit touched.
/// </summary>
public sealed class IncrementalLinterTests
{
    private static readonly Lazy<string[]> Templates = new(() =>
    {
        var root = RepositoryPaths.Root;
        var files = new List<string> { File.ReadAllText(Path.Combine(root, "samples", "A-RES-74-177.res.md")), File.ReadAllText(Path.Combine(root, "samples", "FlawedDraft", "flawed-draft.res.md")) };
        files.AddRange(Directory.GetFiles(Path.Combine(root, "tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText));
        var corpus = CorpusTemplates.All;
        for (var i = 0; i < corpus.Count; i += Math.Max(1, corpus.Count / 12))
        {
            files.Add(corpus[i].Text);
        }

        return files.ToArray();
    });

    [Fact]
    public void Paragraph_rules_are_declared_in_their_descriptors()
    {
        var paragraphRules = RuleCatalog.Rules.Where(r => r.Descriptor.Scope == RuleScope.Paragraph).Select(r => r.Descriptor.Id).ToList();
        Assert.Contains(RuleIds.CountryNameArticle, paragraphRules);
        Assert.DoesNotContain(RuleIds.OperativeNumbering, paragraphRules);
        Assert.DoesNotContain(RuleIds.FootnoteNumbering, paragraphRules);
    }

    [Fact]
    public void Random_edits_of_real_templates_give_the_findings_of_a_whole_lint()
    {
        var gen =
            from template in Gen.Int[0, Templates.Value.Length - 1]
            from edits in Edit.Array[1, 6]
            select (template, edits);
        gen.Sample(
            sample => SameAsWholeLint(Templates.Value[sample.template], sample.edits, RuleCatalog.Rules),
            iter: 150,
            seed: "0N0XIzNsQ0O4",
            threads: 1);
    }

    [Fact]
    public void A_change_inside_one_paragraph_checks_that_paragraph_alone()
    {
        var text = Templates.Value[0];
        var linter = new IncrementalLinter();
        linter.Lint("draft.res.md", text, RuleOptions.Empty, ResolutionCatalog.Default);
        var at = text.IndexOf("*Requests* the Secretary-General", StringComparison.Ordinal);
        Assert.True(at > 0);
        var changed = text.Insert(at + "*Requests* the".Length, " also");
        var findings = linter.Lint("draft.res.md", changed, RuleOptions.Empty, ResolutionCatalog.Default);
        Assert.Equal(1, linter.LastRun.Checked);
        Assert.True(linter.LastRun.Kept > 60, "kept " + linter.LastRun.Kept);
        Assert.Equal(Lines(DraftingLinter.Lint("draft.res.md", changed, RuleOptions.Empty, ResolutionCatalog.Default)), Lines(findings));
    }

    [Fact]
    public void A_new_catalog_or_front_matter_checks_every_paragraph_again()
    {
        var text = Templates.Value[0];
        var linter = new IncrementalLinter();
        linter.Lint("draft.res.md", text, RuleOptions.Empty, ResolutionCatalog.Default);
        var council = text.Replace("organ: General Assembly", "organ: Security Council");
        Assert.NotEqual(text, council);
        var findings = linter.Lint("draft.res.md", council, RuleOptions.Empty, ResolutionCatalog.Default);
        Assert.Equal(0, linter.LastRun.Kept);
        Assert.Equal(Lines(DraftingLinter.Lint("draft.res.md", council, RuleOptions.Empty, ResolutionCatalog.Default)), Lines(findings));
    }

    private const string SuperscriptDraft = """
        ---
        kind: resolution
        organ: General Assembly
        session: 80
        title: Crime prevention
        ---

        The General Assembly,

        *Recalling* the Convention on Psychotropic Substances of 1971,[^1]

        *Recalling also* the Convention,¹ and the "Doha
        Declaration",

        1. *Requests* the Secretary-General to report.

        [^1]: United Nations, *Treaty Series*, vol. 1019, No. 14956.
        """;

    [Theory]
    [InlineData("delete the paragraph that first cites the note")]
    [InlineData("move the paragraph above the one that first cites the note")]
    public void Superscript_digits_are_read_again_when_the_notes_cited_before_them_change(string edit)
    {
        // "¹" reads as note 1 only once the note has been cited above it; the straight quotes after it stand in a text
        // run that starts after the marker, or at the paragraph's start when "¹" is plain text.
        var first = "*Recalling* the Convention on Psychotropic Substances of 1971,[^1]\n\n";
        var second = "*Recalling also* the Convention,¹ and the \"Doha\nDeclaration\",\n\n";
        var changed = edit.StartsWith("delete", StringComparison.Ordinal)
            ? SuperscriptDraft.Replace(first, string.Empty, StringComparison.Ordinal)
            : SuperscriptDraft.Replace(first + second, second + first, StringComparison.Ordinal);
        Assert.NotEqual(SuperscriptDraft, changed);
        var linter = new IncrementalLinter();
        linter.Lint("draft.res.md", SuperscriptDraft, RuleOptions.Empty, ResolutionCatalog.Default);
        var findings = linter.Lint("draft.res.md", changed, RuleOptions.Empty, ResolutionCatalog.Default);
        var whole = Lines(DraftingLinter.Lint("draft.res.md", changed, RuleOptions.Empty, ResolutionCatalog.Default));
        Assert.Contains(whole, f => f.Contains(RuleIds.TypographicQuotes, StringComparison.Ordinal));
        Assert.Equal(whole, Lines(findings));
    }

    private static readonly string[] Phrases = { " also", "the Sudan", " in Sudan", "[^1]", "resolution 74/177", " 12 December 2019", "Notes", "A/74/1" };

    /// <summary>One edit: 0 types text, 1 deletes, 2 deletes a line, 3 duplicates a line, 4 moves a line down, 5 inserts a blank line.</summary>
    private static Gen<(int Position, int Kind, string Text)> Edit =>
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 5], Gen.OneOf(Gen.String[Gen.Char["abc ,;.*'\"\n"], 1, 6], Gen.Int[0, Phrases.Length - 1].Select(i => Phrases[i])));

    private static void SameAsWholeLint(string template, (int Position, int Kind, string Text)[] edits, IReadOnlyList<DraftingRule> rules)
    {
        var linter = new IncrementalLinter(rules);
        var text = template;
        linter.Lint("draft.res.md", text, RuleOptions.Empty, ResolutionCatalog.Default);
        foreach (var edit in edits)
        {
            text = Apply(text, edit);
            var incremental = Lines(linter.Lint("draft.res.md", text, RuleOptions.Empty, ResolutionCatalog.Default));
            var whole = Lines(DraftingLinter.Lint("draft.res.md", text, RuleOptions.Empty, ResolutionCatalog.Default, rules));
            Assert.Equal(whole, incremental);
        }
    }

    private static string Apply(string text, (int Position, int Kind, string Text) edit)
    {
        var at = edit.Position % (text.Length + 1);
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end + 1 : text.Length;
        var line = text.Substring(lineStart, lineEnd - lineStart);
        switch (edit.Kind)
        {
            case 0:
                return text.Insert(at, edit.Text);
            case 1:
                return text.Remove(at, Math.Min(edit.Text.Length, text.Length - at));
            case 2:
                return text.Remove(lineStart, lineEnd - lineStart);
            case 3:
                return text.Insert(lineEnd, line.EndsWith('\n') ? line : "\n" + line);
            case 4:
                var rest = text.Remove(lineStart, lineEnd - lineStart);
                var next = rest.IndexOf('\n', Math.Min(lineStart, rest.Length)) is var n and >= 0 ? n + 1 : rest.Length;
                return rest.Insert(next, line.EndsWith('\n') ? line : line + "\n");
            default:
                return text.Insert(lineStart, "\n");
        }
    }

    private static List<string> Lines(IEnumerable<DraftingDiagnostic> findings) =>
        findings.Select(f =>
        {
            var line = new StringBuilder();
            line.Append(f.Span.Start).Append('+').Append(f.Span.Length).Append(' ').Append(f.Span.Line).Append(':').Append(f.Span.Column)
                .Append('-').Append(f.Span.EndLine).Append(':').Append(f.Span.EndColumn).Append(' ').Append(f.Id).Append(' ').Append(f.Severity).Append(' ').Append(f.Message);
            foreach (var edit in f.Fix)
            {
                line.Append(" | ").Append(edit.Span.Start).Append('+').Append(edit.Span.Length).Append(' ').Append(edit.Span.Line).Append(':').Append(edit.Span.Column).Append(" '").Append(edit.NewText).Append('\'');
            }

            return line.ToString();
        }).ToList();
}
