using System.CommandLine;
using System.Globalization;
using System.Text;
using DraftingKit.Cli.Compare;
using DraftingKit.Comparison;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Cli.Commands;

/// <summary>
/// <c>draftkit compare &lt;base&gt; &lt;revised&gt;</c> or <c>draftkit compare &lt;draft&gt; --base &lt;file&gt;|auto [--corpus &lt;folder&gt;…]</c>,
/// <c>[--format txt|md|html|docx] [-o &lt;file&gt;] [--author &lt;name&gt;] [--force]</c>.
/// </summary>
internal static class CompareCommand
{
    private static readonly string[] Formats = { "txt", "md", "html", "docx" };

    public static Command Create()
    {
        var texts = new Argument<string[]>("texts")
        {
            Description = "The base and the revised text, or the draft alone with --base. Each a template (.res.md), AKN4UN XML (.xml), Word (.docx) or plain text.",
            Arity = new ArgumentArity(1, 2),
        };
        var baseOption = new Option<string?>("--base", "-b")
        {
            Description = "The base text, or 'auto' to find it among earlier texts (--corpus) by title: the same title, latest session first, else the nearest.",
        };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Folders (or files) of templates and AKN4UN XML to search for the base with --base auto; the draft's own folder when omitted.",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: txt (marked text), md (Markdown), html (a page with <ins>/<del>) or docx (Word with tracked changes, UN layout).",
            DefaultValueFactory = _ => "txt",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write; standard output when omitted (not for docx).",
        };
        var author = new Option<string>("--author")
        {
            Description = "The author of the tracked changes in the Word file.",
            DefaultValueFactory = _ => "DraftingKit",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite the output file if it exists.",
        };

        var command = new Command("compare", "Compare a revised text with its base: word-level changes as Word track changes, HTML or marked text, and a summary per section.")
        {
            texts, baseOption, corpus, format, output, author, force,
        };
        command.SetAction(parseResult => Run(
            new CompareRequest(
                parseResult.GetValue(texts) ?? Array.Empty<string>(),
                parseResult.GetValue(baseOption),
                parseResult.GetValue(corpus) ?? Array.Empty<string>(),
                parseResult.GetValue(format) ?? "txt",
                parseResult.GetValue(output),
                parseResult.GetValue(author) ?? "DraftingKit",
                parseResult.GetValue(force),
                DateTime.UtcNow),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(CompareRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (!Formats.Contains(request.Format, StringComparer.Ordinal))
        {
            stderr.WriteLine($"draftkit: unknown format '{request.Format}'; use one of {string.Join(", ", Formats)}.");
            return ExitCodes.UsageOrIoError;
        }

        if ((request.Texts.Count == 2) == (request.Base is not null))
        {
            stderr.WriteLine("draftkit: name the base and the revised text, or the draft alone with --base <file> or --base auto.");
            return ExitCodes.UsageOrIoError;
        }

        if (request.Corpus.Count > 0 && request.Base != "auto")
        {
            stderr.WriteLine("draftkit: --corpus is where --base auto searches; use it with --base auto.");
            return ExitCodes.UsageOrIoError;
        }

        if (request.Format == "docx" && request.Output is null)
        {
            stderr.WriteLine("draftkit: docx output is binary; name a file with --output.");
            return ExitCodes.UsageOrIoError;
        }

        var revisedPath = request.Texts[request.Texts.Count - 1];
        var revised = ReadOrReport(revisedPath, stderr, out var revisedExit);
        if (revised is null)
        {
            return revisedExit;
        }

        ResolutionDocument? baseText;
        if (request.Base == "auto")
        {
            baseText = FindBase(revised, revisedPath, request.Corpus, stderr, out var findExit);
            if (baseText is null)
            {
                return findExit;
            }
        }
        else
        {
            baseText = ReadOrReport(request.Base ?? request.Texts[0], stderr, out var baseExit);
            if (baseText is null)
            {
                return baseExit;
            }
        }

        var comparison = TextComparison.Compare(baseText, revised);
        var bytes = request.Format switch
        {
            "md" => Utf8(ComparisonTextRenderer.RenderMarkdown(comparison)),
            "html" => Utf8(ComparisonHtmlRenderer.Render(comparison)),
            "docx" => ComparisonDocxRenderer.Render(comparison, request.Author, request.Date),
            _ => Utf8(ComparisonTextRenderer.Render(comparison)),
        };
        if (request.Output is null)
        {
            stdout.Write(new UTF8Encoding(false).GetString(bytes));
            return ExitCodes.Success;
        }

        var target = Path.GetFullPath(request.Output);
        try
        {
            var folder = Path.GetDirectoryName(target);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var file = new FileStream(target, request.Force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            file.Write(bytes, 0, bytes.Length);
        }
        catch (IOException) when (!request.Force && File.Exists(target))
        {
            stderr.WriteLine($"draftkit: '{target}' already exists; use --force to overwrite it.");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"draftkit: cannot write '{target}': {exception.Message}");
            return ExitCodes.UsageOrIoError;
        }

        stdout.WriteLine(comparison.Heading + ": " + comparison.Summary);
        stdout.WriteLine(target);
        return ExitCodes.Success;
    }

    private static ResolutionDocument? ReadOrReport(string path, TextWriter stderr, out int exitCode)
    {
        var (document, diagnostics, problem) = ComparedFiles.Read(path);
        DiagnosticPrinter.Print(stderr, diagnostics.Where(diagnostic => diagnostic.Severity is DraftingSeverity.Error or DraftingSeverity.Warning));
        if (problem is not null)
        {
            stderr.WriteLine("draftkit: " + problem);
            exitCode = ExitCodes.UsageOrIoError;
            return null;
        }

        exitCode = ExitCodes.InputHasErrors;
        return document;
    }

    private static ResolutionDocument? FindBase(ResolutionDocument draft, string draftPath, IReadOnlyList<string> corpus, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.UsageOrIoError;
        var folders = corpus.Count > 0 ? corpus : new[] { Path.GetDirectoryName(Path.GetFullPath(draftPath))! };
        var missing = folders.FirstOrDefault(folder => !Directory.Exists(folder) && !File.Exists(folder));
        if (missing is not null)
        {
            stderr.WriteLine($"draftkit: cannot search '{missing}' for the base: no such folder or file.");
            return null;
        }

        var outside = new List<Lint.OutsideFile>();
        var (documents, unreadable) = ComparedFiles.Corpus(folders, outside);
        foreach (var file in outside)
        {
            DiagnosticPrinter.Print(stderr, new[] { file.Diagnostic });
        }

        var choice = new BaseFinder(documents).Find(draft);
        var searched = documents.Count.ToString(CultureInfo.InvariantCulture) + " texts in " + string.Join(", ", folders)
            + (unreadable > 0 ? " (" + unreadable.ToString(CultureInfo.InvariantCulture) + " unreadable, left out)" : string.Empty);
        if (choice is null)
        {
            stderr.WriteLine($"draftkit: no base found for '{draftPath}' (\"{draft.Header.Title}\") among {searched}: no earlier text has the same or a near title with alike wording; name the base with --base <file>.");
            exitCode = ExitCodes.InputHasErrors;
            return null;
        }

        stderr.WriteLine($"draftkit: base: {choice.Document.Path} ({choice.Document.Header.Symbol ?? "no symbol"}; {choice.Reason}; searched {searched})");
        return choice.Document;
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}

/// <summary>What <c>draftkit compare</c> was asked to do.</summary>
internal sealed record CompareRequest(
    IReadOnlyList<string> Texts,
    string? Base,
    IReadOnlyList<string> Corpus,
    string Format,
    string? Output,
    string Author,
    bool Force,
    DateTime Date);
