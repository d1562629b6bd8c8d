using DraftingKit.Diagnostics;
using DraftingKit.Reports;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>
/// Reads a report and runs the report rules over it: what <c>draftkit lint</c> does with a <c>*.report.md</c>. The
/// texts a report includes are linted as templates of their own. It never throws on the text it is given.
/// </summary>
public static class ReportLinter
{
    /// <summary>The report reader's diagnostics and the report rules' findings, in source order.</summary>
    public static IReadOnlyList<DraftingDiagnostic> Lint(string path, string text) => Lint(path, text, readTemplate: null);

    /// <summary>
    /// As <see cref="Lint(string, string)"/>, with the included templates read through <paramref name="readTemplate"/>
    /// (full path in, text or null out) instead of from disk when it is given.
    /// </summary>
    public static IReadOnlyList<DraftingDiagnostic> Lint(string path, string text, Func<string, string?>? readTemplate) =>
        Lint(path, text, () => readTemplate is null ? ReportReader.Read(path, text) : ReportReader.Read(path, text, readTemplate));

    /// <summary>As <see cref="Lint(string, string)"/>, with the included templates read from disk only inside <paramref name="root"/>.</summary>
    public static IReadOnlyList<DraftingDiagnostic> Lint(string path, string text, Security.ProjectRoot root) =>
        Lint(path, text, () => ReportReader.Read(path, text, root));

    private static IReadOnlyList<DraftingDiagnostic> Lint(string path, string text, Func<ReportReadResult> readReport)
    {
        ReportReadResult read;
        try
        {
            read = readReport();
        }
        catch (Exception exception)
        {
            return new[]
            {
                DraftingDiagnostic.Create(HostDiagnostics.RuleFailure, new LineMap(path, text).Span(0, 0), path, "the report reader threw " + exception.GetType().Name + ": " + exception.Message),
            };
        }

        if (Security.InputDiagnostics.RefuseTheFile(read.Diagnostics))
        {
            return read.Diagnostics;
        }

        var findings = new List<DraftingDiagnostic>(read.Diagnostics);
        findings.AddRange(Check(read.Report, text));
        findings.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return findings;
    }

    /// <summary>Runs the report rules over a report read from <paramref name="source"/>.</summary>
    public static IReadOnlyList<DraftingDiagnostic> Check(ReportDocument report, string source)
    {
        var findings = new List<DraftingDiagnostic>();
        var lines = new LineMap(report.Path, source);
        var layout = ReportLayout.For(report);
        foreach (var rule in RuleCatalog.ReportRules)
        {
            var context = new ReportRuleContext(report, layout, source, lines);
            try
            {
                rule.Check(context);
                findings.AddRange(context.Findings);
            }
            catch (Exception exception)
            {
                // A rule's bug must not cost the user the other rules' findings, nor crash the host.
                findings.Add(DraftingDiagnostic.Create(HostDiagnostics.RuleFailure, lines.Span(0, 0), report.Path, rule.Descriptor.Id + " threw " + exception.GetType().Name + ": " + exception.Message));
            }
        }

        return findings;
    }
}
