using System.CommandLine;
using System.Text;
using DraftingKit.Citations;

namespace DraftingKit.Cli.Commands;

/// <summary><c>draftkit catalog build &lt;file or folder…&gt; [-o &lt;file.catalog.csv&gt;] [--force]</c>.</summary>
internal static class CatalogCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "AKN4UN .xml files, or folders searched for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "The catalog file to write (standard output when omitted)." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing output file." };
        var build = new Command("build", "Derive catalog rows (symbol, date of adoption, title, and dates as the files cite other resolutions) from AKN4UN files.")
        {
            inputs, output, force,
        };
        build.SetAction(parseResult => Run(parseResult.GetValue(inputs) ?? Array.Empty<string>(), parseResult.GetValue(output), parseResult.GetValue(force), Console.Out, Console.Error));
        return new Command("catalog", "Work with the catalog of resolutions and decisions.") { build };
    }

    internal static int Run(IReadOnlyList<string> inputs, string? outputPath, bool force, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        var outside = new List<Lint.OutsideFile>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                // A link planted in the folder to a file elsewhere is not read (SECURITY.md).
                files.AddRange(Lint.TemplateFiles.Confine(input, Directory.EnumerateFiles(input, "*.xml", SearchOption.AllDirectories), root: null, outside));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                stderr.WriteLine($"draftkit: cannot read '{input}': no such file or folder");
                return ExitCodes.UsageOrIoError;
            }
        }

        foreach (var file in outside)
        {
            stderr.WriteLine(file.Diagnostic.ToString());
        }

        var (rows, problems) = AknCatalogBuilder.Build(files);
        foreach (var problem in problems)
        {
            stderr.WriteLine("draftkit: " + problem);
        }

        try
        {
            if (outputPath is null)
            {
                AknCatalogBuilder.WriteCsv(stdout, rows);
            }
            else
            {
                if (File.Exists(outputPath) && !force)
                {
                    stderr.WriteLine($"draftkit: '{outputPath}' exists; use --force to overwrite it");
                    return ExitCodes.UsageOrIoError;
                }

                using var writer = new StreamWriter(outputPath, false, new UTF8Encoding(false));
                AknCatalogBuilder.WriteCsv(writer, rows);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"draftkit: cannot write '{outputPath}': {exception.Message}");
            return ExitCodes.UsageOrIoError;
        }

        stderr.WriteLine($"draftkit catalog build: {files.Count} file(s), {rows.Count} row(s)");
        return problems.Count > 0 ? ExitCodes.InputHasErrors : ExitCodes.Success;
    }
}
