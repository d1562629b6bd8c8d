using System.CommandLine;
using DraftingKit.Cli.Lsp;

namespace DraftingKit.Cli.Commands;

/// <summary><c>draftkit lsp</c>: the language server over standard input and output, for editors.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        // Editors start servers with "--stdio"; it is the only transport, so the flag is accepted and changes nothing.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport)." };
        var command = new Command("lsp", "Serve diagnostics, fixes, hover and completion to an editor (Language Server Protocol over stdio).") { stdio };
        command.SetAction(_ =>
        {
            using var input = new BufferedStream(Console.OpenStandardInput(), 64 * 1024);
            using var output = Console.OpenStandardOutput();
            return new LanguageServer(input, output, Console.Error).Run();
        });
        return command;
    }
}
