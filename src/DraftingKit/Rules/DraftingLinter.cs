using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>
/// Reads a template and runs every drafting rule over it: the one entry point that the analyzer and
/// <c>draftkit lint</c> share. It never throws on the text it is given.
/// </summary>
public static class DraftingLinter
{
    /// <summary>The template reader's diagnostics and the rules' findings for one template, in source order.</summary>
    public static IReadOnlyList<DraftingDiagnostic> Lint(string path, string text, RuleOptions? options = null, Citations.ResolutionCatalog? catalog = null) =>
        Lint(path, () => text, FromText(path, text, Security.InputLimits.TemplateBytes), options, catalog);

    /// <summary>Lints a template's text with another size limit than <see cref="Security.InputLimits.TemplateBytes"/> (see the bytes' overload).</summary>
    public static IReadOnlyList<DraftingDiagnostic> Lint(string path, string text, RuleOptions? options, Citations.ResolutionCatalog? catalog, long templateSizeLimit) =>
        Lint(path, () => text, FromText(path, text, templateSizeLimit), options, catalog);

    /// <summary>
    /// Lints a template from its bytes, as read from disk: invalid UTF-8 is reported (DK0012) and read as
    /// replacement characters, as the template reader does.
    /// </summary>
    public static IReadOnlyList<DraftingDiagnostic> Lint(string path, byte[] bytes, RuleOptions? options = null, Citations.ResolutionCatalog? catalog = null) =>
        Lint(path, bytes, options, catalog, Security.InputLimits.TemplateBytes);

    /// <summary>
    /// Lints a template from its bytes with another size limit than <see cref="Security.InputLimits.TemplateBytes"/>:
    /// the drafter's choice for a template known to be larger (<c>draftkit lint --max-template-size</c>, docs/limits.md).
    /// </summary>
    public static IReadOnlyList<DraftingDiagnostic> Lint(string path, byte[] bytes, RuleOptions? options, Citations.ResolutionCatalog? catalog, long templateSizeLimit) =>
        Lint(path, bytes, options, catalog, templateSizeLimit, out _);

    /// <summary>
    /// The same, giving back the text as the reader decoded it, for the report's excerpts (<c>draftkit lint</c>): a
    /// file is decoded once for the reader, the rules and the report. Empty when the file is refused unread.
    /// </summary>
    internal static IReadOnlyList<DraftingDiagnostic> Lint(string path, byte[] bytes, RuleOptions? options, Citations.ResolutionCatalog? catalog, long templateSizeLimit, out string text)
    {
        var findings = Lint(path, () => new System.Text.UTF8Encoding(false, false).GetString(bytes), FromBytes(path, bytes, templateSizeLimit), options, catalog, out var decoded);
        text = decoded ?? (Security.InputDiagnostics.RefuseTheFile(findings) ? string.Empty : new System.Text.UTF8Encoding(false, false).GetString(bytes));
        return findings;
    }

    /// <summary>
    /// Lints a template already read from <paramref name="text"/> by <see cref="TemplateReader.Read(string, string)"/>:
    /// the same findings as <see cref="Lint(string, string, RuleOptions?, Citations.ResolutionCatalog?)"/>, without
    /// reading it again (the analyzer reads every template once for the project catalog and lints that reading).
    /// </summary>
    public static IReadOnlyList<DraftingDiagnostic> Lint(TemplateReadResult read, string text, RuleOptions? options = null, Citations.ResolutionCatalog? catalog = null) =>
        Lint(read.Document.Path, () => text, (out string? decoded, out LineMap? lines) =>
        {
            decoded = text;
            lines = null;
            return read;
        }, options, catalog);

    /// <summary>
    /// Lints with the given rules instead of <see cref="RuleCatalog.Rules"/>: the seam through which tests inject a
    /// failing rule to prove that every host reports it as DK0901 on the file.
    /// </summary>
    internal static IReadOnlyList<DraftingDiagnostic> Lint(string path, string text, RuleOptions? options, Citations.ResolutionCatalog? catalog, IReadOnlyList<DraftingRule> rules) =>
        Lint(path, () => text, FromText(path, text), options, catalog, rules);

    /// <summary>Lints with another lead vocabulary: the seam of the leave-one-session-out test.</summary>
    internal static IReadOnlyList<DraftingDiagnostic> Lint(string path, string text, LeadGrammar grammar) =>
        Lint(path, () => text, FromText(path, text), null, null, null, grammar);

    /// <summary>A template read, with the text the reader decoded and its line map (null when refused unread).</summary>
    private delegate TemplateReadResult TemplateRead(out string? text, out LineMap? lines);

    private static TemplateRead FromText(string path, string text, long sizeLimit = Security.InputLimits.TemplateBytes) => (out string? read, out LineMap? lines) =>
    {
        read = text;
        return TemplateReader.Read(path, text, sizeLimit, out lines);
    };

    private static TemplateRead FromBytes(string path, byte[] bytes, long sizeLimit) => (out string? text, out LineMap? lines) =>
        TemplateReader.Read(path, bytes, sizeLimit, out text, out lines);

    // PERF: the reader's decoded text and line map serve the rules: one decoding and one line map for a lint.
    private static IReadOnlyList<DraftingDiagnostic> Lint(string path, Func<string> decode, TemplateRead readTemplate, RuleOptions? options, Citations.ResolutionCatalog? catalog, IReadOnlyList<DraftingRule>? rules = null, LeadGrammar? grammar = null) =>
        Lint(path, decode, readTemplate, options, catalog, out _, rules, grammar);

    // text: the text the findings are on, or null when the file was refused unread.
    private static IReadOnlyList<DraftingDiagnostic> Lint(string path, Func<string> decode, TemplateRead readTemplate, RuleOptions? options, Citations.ResolutionCatalog? catalog, out string? text, IReadOnlyList<DraftingRule>? rules = null, LeadGrammar? grammar = null)
    {
        TemplateReadResult read;
        LineMap? lines;
        try
        {
            read = readTemplate(out text, out lines);
        }
        catch (Exception exception)
        {
            text = decode();
            return new[] { ReaderFailure(path, text, exception) };
        }

        if (Security.InputDiagnostics.RefuseTheFile(read.Diagnostics))
        {
            return read.Diagnostics;
        }

        text ??= decode();
        var findings = new List<DraftingDiagnostic>(read.Diagnostics);
        findings.AddRange(Check(read.Document, text, options ?? RuleOptions.Empty, catalog, rules ?? RuleCatalog.Rules, grammar, lines));
        Sort(findings);
        return findings;
    }

    /// <summary>
    /// Applies the fixes of <paramref name="findings"/> to <paramref name="text"/>. A fix whose edits overlap an
    /// edit already taken is left for a later pass, so the result never mixes two fixes of the same characters.
    /// </summary>
    public static string ApplyFixes(string text, IEnumerable<DraftingDiagnostic> findings, out int applied)
    {
        var taken = new List<TextEdit>();
        applied = 0;
        foreach (var finding in findings)
        {
            if (!finding.HasFix || Overlaps(finding.Fix, taken))
            {
                continue;
            }

            taken.AddRange(finding.Fix);
            applied++;
        }

        taken.Sort((a, b) => b.Span.Start != a.Span.Start ? b.Span.Start.CompareTo(a.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var builder = new System.Text.StringBuilder(text);
        foreach (var edit in taken)
        {
            if (edit.Span.Start < 0 || edit.Span.End > builder.Length)
            {
                continue;
            }

            builder.Remove(edit.Span.Start, edit.Span.Length);
            builder.Insert(edit.Span.Start, edit.NewText);
        }

        return builder.ToString();
    }

    private static bool Overlaps(EquatableArray<TextEdit> edits, List<TextEdit> taken)
    {
        foreach (var edit in edits)
        {
            foreach (var other in taken)
            {
                var touches = edit.Span.Start < other.Span.End && other.Span.Start < edit.Span.End;
                var sameInsertionPoint = edit.Span.Start == other.Span.Start && (edit.Span.Length == 0 || other.Span.Length == 0);
                if (touches || sameInsertionPoint)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Runs the rules over a document read from <paramref name="source"/>.</summary>
    public static IReadOnlyList<DraftingDiagnostic> Check(ResolutionDocument document, string source, RuleOptions options, Citations.ResolutionCatalog? catalog = null) =>
        Check(document, source, options, catalog, RuleCatalog.Rules);

    // whole: the whole document when document holds only the paragraphs to re-check (IncrementalLinter).
    internal static IReadOnlyList<DraftingDiagnostic> Check(ResolutionDocument document, string source, RuleOptions options, Citations.ResolutionCatalog? catalog, IReadOnlyList<DraftingRule> rules, LeadGrammar? grammar = null, LineMap? sourceLines = null, ResolutionDocument? whole = null)
    {
        var findings = new List<DraftingDiagnostic>();
        // The rules read English (the leads and their ladder, month names, "resolution 74/177 of …"): a text in another
        // official language is rendered and exported as written, and not checked.
        if (!(whole ?? document).Header.Language.IsEnglish)
        {
            return findings;
        }

        // PERF: one line map, one citation search, one reading of each paragraph's lead, one scan of the texts and one
        // search for dates for all the rules of a file.
        var lines = sourceLines ?? new LineMap(document.Path, source);
        var resolvedCatalog = catalog ?? Citations.ResolutionCatalog.Default;
        var citations = new Lazy<IReadOnlyList<CitationInText>>(() => DocumentCitations.Find(document, resolvedCatalog));
        var leads = new LeadReadings(grammar ?? LeadGrammar.Default);
        var passes = new SharedPasses(document);

        // PERF: one context for all the rules of a file, not one for each rule of each file,
        // emptied of its findings after each rule; it holds nothing else a rule changes.
        var context = new RuleContext(document, source, options, lines, resolvedCatalog, citations, grammar, leads, passes) { WholeDocument = whole ?? document };
        foreach (var rule in rules)
        {
            try
            {
                rule.Check(context);
                findings.AddRange(context.Findings);
            }
            catch (Exception exception)
            {
                // A rule's bug must not cost the user the other rules' findings, nor crash the host.
                findings.Add(DraftingDiagnostic.Create(
                    HostDiagnostics.RuleFailure,
                    lines.Span(0, 0),
                    document.Path,
                    rule.Descriptor.Id + " threw " + exception.GetType().Name + ": " + exception.Message));
            }
            finally
            {
                context.ClearFindings();
            }
        }

        Sort(findings);
        return findings;
    }

    /// <summary>The reader's own bug reported on the file, so that no host crashes on a template.</summary>
    internal static DraftingDiagnostic ReaderFailure(string path, string text, Exception exception) =>
        DraftingDiagnostic.Create(
            HostDiagnostics.RuleFailure,
            new LineMap(path, text).Span(0, 0),
            path,
            "the template reader threw " + exception.GetType().Name + ": " + exception.Message);

    internal static void Sort(List<DraftingDiagnostic> findings) =>
        findings.Sort((a, b) =>
            a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : string.CompareOrdinal(a.Id, b.Id) != 0 ? string.CompareOrdinal(a.Id, b.Id)
            : string.CompareOrdinal(a.Message, b.Message));
}
