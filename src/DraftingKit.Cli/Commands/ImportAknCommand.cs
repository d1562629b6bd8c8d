using System.CommandLine;
using System.Text;
using DraftingKit.Import.Akn;
using DraftingKit.Rendering;

namespace DraftingKit.Cli.Commands;

/// <summary>
/// <c>draftkit import-akn &lt;file-or-folder…&gt; [-o &lt;folder&gt;] [--force]</c>: imports the UN's AKN4UN XML of
/// adopted resolutions and writes one template (<c>A-RES-76-10.res.md</c>) per resolution.
/// </summary>
internal static class ImportAknCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "AKN4UN *.xml files, or folders searched recursively for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The folder for the templates; the current folder when omitted.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite templates that already exist.",
        };

        var root = RootOption.Create();

        var command = new Command("import-akn", "Import adopted resolutions from the UN's AKN4UN XML into *.res.md templates.")
        {
            inputs, output, force, root,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(inputs) ?? Array.Empty<string>(),
            parseResult.GetValue(output),
            parseResult.GetValue(force),
            Console.Out,
            Console.Error,
            parseResult.GetValue(root)));
        return command;
    }

    internal static int Run(IReadOnlyList<string> inputs, string? outputFolder, bool force, TextWriter stdout, TextWriter stderr, string? rootPath = null)
    {
        var root = rootPath is null ? null : DraftingKit.Security.ProjectRoot.At(rootPath);
        var files = new List<string>();
        var outside = new List<Lint.OutsideFile>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Lint.TemplateFiles.Confine(input, Directory.GetFiles(input, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal), root, outside));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                stderr.WriteLine($"draftkit: '{input}' is neither a file nor a folder");
                return ExitCodes.UsageOrIoError;
            }
        }

        var folder = outputFolder ?? Directory.GetCurrentDirectory();
        var exitCode = ExitCodes.Success;
        foreach (var file in outside)
        {
            DiagnosticPrinter.Print(stderr, new[] { file.Diagnostic });
            exitCode = ExitCodes.InputHasErrors;
        }

        var written = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in ReissuesLast(files))
        {
            var result = AknImporter.ImportFile(file);
            DiagnosticPrinter.Print(stderr, result.Diagnostics);
            if (result.HasErrors)
            {
                exitCode = Math.Max(exitCode, ExitCodes.InputHasErrors);
                continue;
            }

            try
            {
                Directory.CreateDirectory(folder);
                // A text in another language than English keeps its language in the name, beside the English one.
                var extension = result.Language is { Length: > 0 } language && language != "eng" ? language + Templates.TemplateFile.Extension : Templates.TemplateFile.Extension.Substring(1);
                var target = OutputPaths.Inside(folder, OutputPaths.FileName(result.Document, file, extension));
                if (written.TryGetValue(target, out var earlier))
                {
                    // A reissue corrects the original under the same symbol: the later file of the run wins.
                    stdout.WriteLine($"{file} -> {target} (replaces the import of {earlier}, same symbol)");
                }
                else if (File.Exists(target) && !force)
                {
                    stderr.WriteLine($"draftkit: '{target}' exists; use --force to overwrite it");
                    exitCode = ExitCodes.UsageOrIoError;
                    continue;
                }
                else
                {
                    stdout.WriteLine($"{file} -> {target}");
                }

                File.WriteAllText(target, MarkdownRenderer.Render(result.Document), new UTF8Encoding(false));
                written[target] = file;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"draftkit: cannot write the template of '{file}': {exception.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }

        return exitCode;
    }

    /// <summary>The files in the given order, reissues after the others so that they replace their originals.</summary>
    private static IEnumerable<string> ReissuesLast(List<string> files) =>
        files.Where(f => !IsReissue(f)).Concat(files.Where(IsReissue));

    private static bool IsReissue(string file) => Path.GetFileName(file).IndexOf("reissue", StringComparison.OrdinalIgnoreCase) >= 0;
}
