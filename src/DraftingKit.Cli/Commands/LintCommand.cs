using System.CommandLine;
using System.Text;
using DraftingKit.Cli.Lint;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Security;

namespace DraftingKit.Cli.Commands;

/// <summary>
/// <c>draftkit lint &lt;paths…&gt; [--format text|json|sarif] [--severity …] [--option key=value] [--fix]</c>: runs
/// the template reader and every drafting rule over templates and folders of templates.
/// </summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Templates (*.res.md) and folders to search for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (as compilers print), json, or sarif (SARIF 2.1.0 for code scanning).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var severity = new Option<string[]>("--severity", "-s")
        {
            Description = "The least severity shown (info, warning, error), or a rule's severity: DK2001=error, operative-lead-form=none. Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var option = new Option<string[]>("--option")
        {
            Description = "A rule option as .editorconfig writes it: draftingkit.footnote_style=current. Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var fix = new Option<bool>("--fix")
        {
            Description = "Apply the unambiguous fixes in place, then report what is left.",
        };
        var catalog = new Option<string[]>("--catalog")
        {
            Description = "Project catalog files (*.catalog.csv) to check citations against, besides those found in the folders linted.",
            AllowMultipleArgumentsPerToken = true,
        };

        var root = RootOption.Create();
        var maxTemplateSize = TemplateSizeOption.Create();

        var command = new Command("lint", "Check templates against the UN drafting rules.")
        {
            paths, format, severity, option, fix, catalog, root, maxTemplateSize,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths) ?? Array.Empty<string>(),
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(severity) ?? Array.Empty<string>(),
            parseResult.GetValue(option) ?? Array.Empty<string>(),
            parseResult.GetValue(fix),
            Console.Out,
            Console.Error,
            parseResult.GetValue(catalog) ?? Array.Empty<string>(),
            parseResult.GetValue(root),
            parseResult.GetValue(maxTemplateSize)));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, string format, IReadOnlyList<string> severities, IReadOnlyList<string> optionValues, bool fix, TextWriter stdout, TextWriter stderr, IReadOnlyList<string>? catalogPaths = null, string? rootPath = null, string? maxTemplateSize = null)
    {
        if (TemplateSizeOption.Bytes(maxTemplateSize, stderr) is not { } templateLimit)
        {
            return ExitCodes.UsageOrIoError;
        }

        var root = rootPath is null ? null : ProjectRoot.At(rootPath);
        var overrides = SeverityOverrides.Parse(severities, out var severityError);
        if (overrides is null)
        {
            stderr.WriteLine("draftkit: " + severityError);
            return ExitCodes.UsageOrIoError;
        }

        var options = ParseOptions(optionValues, stderr);
        if (options is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var outside = new List<OutsideFile>();
        var files = TemplateFiles.Expand(paths, root, outside, out var missing);
        if (missing is not null)
        {
            stderr.WriteLine($"draftkit: '{missing}' is neither a file nor a folder");
            return ExitCodes.UsageOrIoError;
        }

        var linted = new List<LintedFile>();
        var catalog = ProjectCatalogFor(paths, catalogPaths ?? Array.Empty<string>(), files, root, outside, overrides, linted, stderr, templateLimit);
        if (catalog is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        foreach (var file in outside)
        {
            linted.Add(new LintedFile(file.DisplayPath, string.Empty, overrides.Apply(new[] { file.Diagnostic })));
        }

        // PERF: files are linted in parallel (the engine is safe to share, as the analyzers' concurrent execution
        // requires) and reported in the order given; --fix rewrites files, so it goes one file at a time.
        var outcomes = new FileOutcome?[files.Count];
        if (fix)
        {
            for (var i = 0; i < files.Count; i++)
            {
                outcomes[i] = LintFile(files[i], options, catalog, overrides, root, fix, templateLimit);
                if (outcomes[i]!.Error is not null)
                {
                    break; // As before: no file after an unreadable one is rewritten.
                }
            }
        }
        else
        {
            System.Threading.Tasks.Parallel.For(0, files.Count, i => outcomes[i] = LintFile(files[i], options, catalog, overrides, root, fix, templateLimit));
        }

        var fixes = 0;
        foreach (var outcome in outcomes)
        {
            if (outcome is null)
            {
                break;
            }

            if (outcome.Error is not null)
            {
                stderr.WriteLine(outcome.Error);
                return ExitCodes.UsageOrIoError;
            }

            linted.Add(outcome.File!);
            fixes += outcome.Fixes;
        }

        switch (format)
        {
            case "json":
                JsonReport.Write(stdout, linted);
                break;
            case "sarif":
                SarifReport.Write(stdout, linted);
                break;
            default:
                TextReport.Write(stdout, linted);
                break;
        }

        var errors = 0;
        var warnings = 0;
        var infos = 0;
        foreach (var file in linted)
        {
            foreach (var finding in file.Findings)
            {
                switch (finding.Severity)
                {
                    case DraftingSeverity.Error: errors++; break;
                    case DraftingSeverity.Warning: warnings++; break;
                    default: infos++; break;
                }
            }
        }

        stderr.WriteLine($"draftkit lint: {linted.Count} file(s), {errors} error(s), {warnings} warning(s), {infos} suggestion(s){(fix ? $", {fixes} fix(es) applied" : string.Empty)}");
        return errors > 0 ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }

    /// <summary>A report, its included texts read from inside <c>--root</c> or else from inside its own project.</summary>
    /// <summary>One file linted (and fixed, with --fix), or the message of the error that stopped it.</summary>
    private sealed record FileOutcome(LintedFile? File, int Fixes, string? Error);

    private static FileOutcome LintFile(string path, RuleOptions options, DraftingKit.Citations.ResolutionCatalog? catalog, SeverityOverrides overrides, ProjectRoot? root, bool fix, long templateLimit)
    {
        try
        {
            // A report keeps the default limit: --max-template-size raises it for templates only.
            var report = DraftingKit.Reports.ReportReader.IsReport(path);
            if (InputChecks.FileTooLarge(path, report ? InputLimits.TemplateBytes : templateLimit, "templates and reports") is { } tooLarge)
            {
                return new FileOutcome(new LintedFile(path, string.Empty, overrides.Apply(new[] { tooLarge })), 0, null);
            }

            var bytes = File.ReadAllBytes(path);
            // A report (*.report.md) is linted by the report rules; the texts it includes are templates of their own.
            // PERF: a template is decoded once, by the lint, for the reader, the rules and the report's excerpts.
            string text;
            IReadOnlyList<DraftingDiagnostic> linted;
            if (report)
            {
                text = new UTF8Encoding(false, false).GetString(bytes);
                linted = LintReport(path, text, root);
            }
            else
            {
                linted = DraftingLinter.Lint(path, bytes, options, catalog, templateLimit, out text);
            }

            var fixes = 0;
            var findings = overrides.Apply(linted);
            if (fix)
            {
                // Fixes can uncover or shift others (a renumbering after a moved marker): a few passes settle them.
                for (var pass = 0; pass < 4; pass++)
                {
                    var fixedText = DraftingLinter.ApplyFixes(text, findings, out var applied);
                    if (applied == 0 || fixedText == text)
                    {
                        break;
                    }

                    fixes += applied;
                    text = fixedText;
                    findings = overrides.Apply(report ? LintReport(path, text, root) : DraftingLinter.Lint(path, text, options, catalog, templateLimit));
                }

                File.WriteAllText(path, text, new UTF8Encoding(false));
            }

            return new FileOutcome(new LintedFile(path, text, findings), fixes, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new FileOutcome(null, 0, $"draftkit: cannot read '{path}': {exception.Message}");
        }
    }

    private static IReadOnlyList<DraftingDiagnostic> LintReport(string path, string text, ProjectRoot? root) =>
        ReportLinter.Lint(path, text, root ?? ProjectRoot.Find(path));

    /// <summary>
    /// The catalog the citations are checked against: the embedded one, the project's <c>*.catalog.csv</c> files (named
    /// with --catalog or found in the folders linted) and the templates being linted, so that a draft citing another
    /// template by its number resolves to it. Bad catalog rows are reported against their file.
    /// </summary>
    private static DraftingKit.Citations.ResolutionCatalog? ProjectCatalogFor(
        IReadOnlyList<string> paths, IReadOnlyList<string> catalogPaths, IReadOnlyList<string> templates, ProjectRoot? root, List<OutsideFile> outside, SeverityOverrides overrides, List<LintedFile> linted, TextWriter stderr, long templateLimit)
    {
        var catalogFiles = new List<string>(catalogPaths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                catalogFiles.AddRange(TemplateFiles.Confine(path, Directory.EnumerateFiles(path, "*.catalog.csv", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal), root, outside));
            }
        }

        var catalogTexts = new List<(string Path, string Text)>();
        var documents = new List<DraftingKit.Model.ResolutionDocument>();
        try
        {
            foreach (var file in catalogFiles.Distinct(StringComparer.Ordinal))
            {
                if (InputChecks.FileTooLarge(file, InputLimits.TemplateBytes, "project catalogs") is { } tooLarge)
                {
                    linted.Add(new LintedFile(file, string.Empty, overrides.Apply(new[] { tooLarge })));
                    continue;
                }

                catalogTexts.Add((file, File.ReadAllText(file)));
            }

            foreach (var template in templates)
            {
                if (DraftingKit.Reports.ReportReader.IsReport(template))
                {
                    continue;
                }

                // PERF: the catalog needs a template's header only; its body is read once, by the lint.
                documents.Add(DraftingKit.Templates.TemplateReader.ReadHeader(template, templateLimit));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            stderr.WriteLine("draftkit: cannot read the project catalog: " + exception.Message);
            return null;
        }

        var diagnostics = new List<DraftingKit.Diagnostics.DraftingDiagnostic>();
        var catalog = DraftingKit.Citations.ProjectCatalog.Build(documents, catalogTexts, diagnostics);
        foreach (var (path, text) in catalogTexts)
        {
            var own = diagnostics.Where(d => d.Span.Path == path).ToList();
            if (own.Count > 0)
            {
                linted.Add(new LintedFile(path, text, overrides.Apply(own)));
            }
        }

        return catalog;
    }

    private static RuleOptions? ParseOptions(IReadOnlyList<string> values, TextWriter stderr)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=');
            if (equals <= 0)
            {
                stderr.WriteLine($"draftkit: '--option {value}' must be key=value, e.g. draftingkit.footnote_style=current");
                return null;
            }

            var key = value.Substring(0, equals).Trim();
            var setting = value.Substring(equals + 1).Trim();
            // A misspelled key or value would otherwise be read as the default without a word.
            if (RuleCatalog.FindOption(key) is not { } declared)
            {
                stderr.WriteLine($"draftkit: '{key}' is not a rule option; the options are {string.Join(", ", RuleCatalog.Options.Select(o => o.Key))}");
                return null;
            }

            if (!declared.Accepts(setting))
            {
                stderr.WriteLine($"draftkit: '{setting}' is not a value of {declared.Key}; write {string.Join(", ", declared.Values)}");
                return null;
            }

            options[declared.Key] = setting;
        }

        return new RuleOptions(options);
    }
}
