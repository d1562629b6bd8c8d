using System.CommandLine;
using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Import;
using DraftingKit.Rendering;

namespace DraftingKit.Cli.Commands;

/// <summary>
/// <c>draftkit import &lt;file&gt; [-o &lt;dir&gt;] [--force]</c>: writes one <c>*.res.md</c> template per resolution or
/// decision the document contains. An existing file is never overwritten without <c>--force</c>.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file")
        {
            Description = "The UN document to import: a text extraction (.txt, .md), a Word document (.docx), or AKN4UN XML (.xml, or a folder of them).",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The folder to write the templates to; the current folder when omitted.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite templates that already exist.",
        };

        var root = RootOption.Create();

        var command = new Command("import", "Import a UN document: one *.res.md template per resolution or decision it contains.")
        {
            file, output, force, root,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file) ?? string.Empty,
            parseResult.GetValue(output),
            parseResult.GetValue(force),
            Console.Out,
            Console.Error,
            parseResult.GetValue(root)));
        return command;
    }

    internal static int Run(string filePath, string? outputFolder, bool force, TextWriter stdout, TextWriter stderr, string? rootPath = null)
    {
        // The UN's AKN4UN XML, a file or a folder of them, goes to the AKN importer (the same as `import-akn`).
        if (Directory.Exists(filePath) || filePath.EndsWith(".xml", System.StringComparison.OrdinalIgnoreCase))
        {
            return ImportAknCommand.Run(new[] { filePath }, outputFolder, force, stdout, stderr, rootPath);
        }

        if (!File.Exists(filePath))
        {
            stderr.WriteLine($"draftkit: cannot read '{filePath}': the file does not exist");
            return ExitCodes.UsageOrIoError;
        }

        var result = UnDocumentImporter.ImportFile(filePath);
        DiagnosticPrinter.Print(stderr, result.Diagnostics);
        if (result.HasErrors)
        {
            return ExitCodes.InputHasErrors;
        }

        var folder = outputFolder ?? ".";
        var pending = new List<(string Path, string Text)>();
        try
        {
            foreach (var text in result.Texts)
            {
                var target = OutputPaths.Inside(folder, text.FileName);
                if (File.Exists(target) && !force)
                {
                    stderr.WriteLine($"draftkit: '{target}' exists; use --force to overwrite it");
                    return ExitCodes.UsageOrIoError;
                }

                pending.Add((target, MarkdownRenderer.Render(text.Document)));
            }

            Directory.CreateDirectory(folder);
            foreach (var (path, text) in pending)
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
                stdout.WriteLine(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"draftkit: cannot write the templates of '{filePath}': {exception.Message}");
            return ExitCodes.UsageOrIoError;
        }

        return ExitCodes.Success;
    }
}
