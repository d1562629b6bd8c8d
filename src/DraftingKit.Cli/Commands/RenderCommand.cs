using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;

namespace DraftingKit.Cli.Commands;

/// <summary><c>draftkit render &lt;template…&gt; [--format txt|md] [-o &lt;path&gt;]</c>.</summary>
internal static class RenderCommand
{
    private static readonly Dictionary<string, (string Extension, Func<ResolutionDocument, string> Render)> Formats = new(StringComparer.Ordinal)
    {
        ["txt"] = ("txt", UnTextRenderer.Render),
        ["md"] = ("md", MarkdownRenderer.Render),
    };

    public static Command Create()
    {
        var templates = new Argument<string[]>("templates")
        {
            Description = "The *.res.md templates to render.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: txt (UN-format plain text) or md (the template format).",
            DefaultValueFactory = _ => "txt",
        };
        format.AcceptOnlyFromAmong(new List<string>(Formats.Keys).ToArray());
        var output = new Option<string?>("--output", "-o")
        {
            Description = "A file (one template) or a folder; standard output when omitted.",
        };

        var command = new Command("render", "Render templates to UN-format text or to the template format.")
        {
            templates, format, output,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(templates) ?? Array.Empty<string>(),
            parseResult.GetValue(format) ?? "txt",
            parseResult.GetValue(output),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> templatePaths, string formatName, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        var (extension, render) = Formats[formatName];
        var outputIsFolder = outputPath is not null && (templatePaths.Count > 1 || Directory.Exists(outputPath));
        var exitCode = ExitCodes.Success;
        foreach (var templatePath in templatePaths)
        {
            TemplateReadResult result;
            try
            {
                result = TemplateReader.ReadFile(templatePath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"draftkit: cannot read '{templatePath}': {exception.Message}");
                return ExitCodes.UsageOrIoError;
            }

            DiagnosticPrinter.Print(stderr, result.Diagnostics);
            if (result.HasErrors)
            {
                exitCode = ExitCodes.InputHasErrors;
                continue;
            }

            var text = render(result.Document);
            try
            {
                if (outputPath is null)
                {
                    stdout.Write(text);
                    continue;
                }

                var target = outputIsFolder
                    ? OutputPaths.Inside(outputPath, OutputPaths.FileName(result.Document, templatePath, extension))
                    : outputPath;
                if (outputIsFolder)
                {
                    Directory.CreateDirectory(outputPath);
                }

                File.WriteAllText(target, text, new UTF8Encoding(false));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"draftkit: cannot write the rendering of '{templatePath}': {exception.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }

        return exitCode;
    }
}
