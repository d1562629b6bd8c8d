using System.CommandLine;
using System.Text;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Reports;
using DraftingKit.Templates;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Cli.Commands;

/// <summary><c>draftkit render &lt;template…&gt; [--format txt|md|html|docx|pdf|akn] [-o &lt;path&gt;] [--force]</c>.</summary>
internal static class RenderCommand
{
    private static readonly Dictionary<string, OutputFormat> Formats = new(StringComparer.Ordinal)
    {
        ["txt"] = OutputFormat.Text("txt", UnTextRenderer.Render),
        ["md"] = OutputFormat.Text("md", MarkdownRenderer.Render),
        ["html"] = OutputFormat.Text("html", HtmlRenderer.Render),
        ["docx"] = new OutputFormat("docx", DocxRenderer.Render, IsText: false),
        ["pdf"] = new OutputFormat("pdf", document => LibreOfficePdf.Convert(DocxRenderer.Render(document)), IsText: false),
        ["akn"] = OutputFormat.Text("akn.xml", AknRenderer.Render),
    };

    public static Command Create()
    {
        var templates = new Argument<string[]>("templates")
        {
            Description = "The *.res.md templates (or *.report.md reports) to render.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: txt (UN-format plain text), md (the template format), html (a self-contained page), docx (Word, UN layout), pdf (the Word rendering laid out by LibreOffice) or akn (Akoma Ntoso AKN4UN XML).",
            DefaultValueFactory = _ => "txt",
        };
        format.AcceptOnlyFromAmong(new List<string>(Formats.Keys).ToArray());
        var output = new Option<string?>("--output", "-o")
        {
            Description = "A file (one template) or a folder; standard output when omitted (not for docx or pdf).",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite output files that already exist.",
        };

        var root = RootOption.Create();

        var command = new Command("render", "Render templates as UN-format text, HTML, Word (DOCX), AKN4UN XML or the template format.")
        {
            templates, format, output, force, root,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(templates) ?? Array.Empty<string>(),
            parseResult.GetValue(format) ?? "txt",
            parseResult.GetValue(output),
            Console.Out,
            Console.Error,
            parseResult.GetValue(force),
            parseResult.GetValue(root)));
        return command;
    }

    internal static int Run(IReadOnlyList<string> templatePaths, string formatName, string? outputPath, TextWriter stdout, TextWriter stderr, bool force = false, string? rootPath = null)
    {
        var root = rootPath is null ? null : DraftingKit.Security.ProjectRoot.At(rootPath);
        if (!Formats.TryGetValue(formatName, out var format))
        {
            stderr.WriteLine($"draftkit: unknown format '{formatName}'; use one of {string.Join(", ", Formats.Keys)}.");
            return ExitCodes.UsageOrIoError;
        }

        if (!format.IsText && outputPath is null)
        {
            stderr.WriteLine($"draftkit: {formatName} output is binary; name a file or folder with --output.");
            return ExitCodes.UsageOrIoError;
        }

        if (formatName == "pdf" && LibreOfficePdf.Find() is null)
        {
            stderr.WriteLine("draftkit: " + LibreOfficePdf.Missing);
            return ExitCodes.UsageOrIoError;
        }

        // "-o out/" names a folder as the README writes it, even before the folder exists.
        var outputIsFolder = outputPath is not null
            && (templatePaths.Count > 1 || Directory.Exists(outputPath) || outputPath.EndsWith("/", StringComparison.Ordinal) || outputPath.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal));
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var exitCode = ExitCodes.Success;
        foreach (var templatePath in templatePaths)
        {
            Rendered rendered;
            try
            {
                rendered = ReportReader.IsReport(templatePath) ? RenderReport(templatePath, formatName, root) : RenderText(templatePath, format);
            }
            catch (PdfConversionException exception)
            {
                stderr.WriteLine($"draftkit: cannot make the PDF of '{templatePath}': {exception.Message}");
                return ExitCodes.UsageOrIoError;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"draftkit: cannot read '{templatePath}': {exception.Message}");
                return ExitCodes.UsageOrIoError;
            }

            DiagnosticPrinter.Print(stderr, rendered.Diagnostics);
            if (rendered.Usage is { } usage)
            {
                stderr.WriteLine("draftkit: " + usage);
                return ExitCodes.UsageOrIoError;
            }

            if (rendered.Bytes is not { } bytes)
            {
                exitCode = ExitCodes.InputHasErrors;
                continue;
            }
            string? target = null;
            try
            {
                if (outputPath is null)
                {
                    stdout.Write(new UTF8Encoding(false).GetString(bytes));
                    continue;
                }

                target = outputIsFolder
                    ? OutputPaths.Inside(outputPath, OutputPaths.FileName(rendered.Symbol, templatePath, format.Extension))
                    : Path.GetFullPath(outputPath);
                if (!written.Add(target))
                {
                    stderr.WriteLine($"draftkit: '{templatePath}' renders to '{target}', which this run has already written; give the templates different symbols.");
                    return ExitCodes.UsageOrIoError;
                }

                Directory.CreateDirectory(outputIsFolder ? outputPath : Path.GetDirectoryName(target)!);

                // CreateNew refuses an existing file in the same step that opens it, so nothing is overwritten by a race.
                using var file = new FileStream(target, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
                file.Write(bytes, 0, bytes.Length);
            }
            catch (IOException) when (!force && target is not null && File.Exists(target))
            {
                stderr.WriteLine($"draftkit: '{target}' already exists; use --force to overwrite it.");
                return ExitCodes.UsageOrIoError;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"draftkit: cannot write the rendering of '{templatePath}': {exception.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }

        return exitCode;
    }

    private static Rendered RenderText(string templatePath, OutputFormat format)
    {
        var result = TemplateReader.ReadFile(templatePath);
        return new Rendered(result.Diagnostics, result.HasErrors ? null : format.Render(result.Document), result.Document.Header.Symbol);
    }

    /// <summary>A report (<c>*.report.md</c>) with the texts it includes, as UN-format text, Markdown, an HTML page or Word.</summary>
    private static Rendered RenderReport(string reportPath, string formatName, DraftingKit.Security.ProjectRoot? root)
    {
        Func<ReportDocument, byte[]>? render = formatName switch
        {
            "txt" => report => new UTF8Encoding(false).GetBytes(ReportTextRenderer.Render(report)),
            "md" => report => new UTF8Encoding(false).GetBytes(ReportMarkdownRenderer.Render(report)),
            "html" => report => new UTF8Encoding(false).GetBytes(ReportHtmlRenderer.Render(report)),
            "docx" => ReportDocxRenderer.Render,
            "pdf" => report => LibreOfficePdf.Convert(ReportDocxRenderer.Render(report)),
            _ => null,
        };
        if (render is null)
        {
            return new Rendered(Array.Empty<DraftingKit.Diagnostics.DraftingDiagnostic>(), null, null, $"'{reportPath}' is a report; reports render as txt (UN-format text), md, html, docx or pdf, not as {formatName}.");
        }

        var result = ReportReader.ReadFile(reportPath, root ?? DraftingKit.Security.ProjectRoot.Find(reportPath));
        var bytes = result.HasErrors ? null : render(result.Report);
        return new Rendered(result.Diagnostics, bytes, result.Report.Header.Symbol);
    }

    /// <summary>What one template gave: its diagnostics, its rendering (null when it has errors) and its symbol.</summary>
    private sealed record Rendered(IReadOnlyList<DraftingKit.Diagnostics.DraftingDiagnostic> Diagnostics, byte[]? Bytes, string? Symbol, string? Usage = null);

    /// <summary>A format the verb writes: its file extension and its renderer, as bytes so that DOCX fits beside the text formats.</summary>
    private sealed record OutputFormat(string Extension, Func<ResolutionDocument, byte[]> Render, bool IsText = true)
    {
        public static OutputFormat Text(string extension, Func<ResolutionDocument, string> render) =>
            new(extension, document => new UTF8Encoding(false).GetBytes(render(document)));
    }
}
