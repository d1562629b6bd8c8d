using System.CommandLine;
using DraftingKit.Cli;
using DraftingKit.Cli.Commands;

var root = new RootCommand("draftkit: check, render and import United Nations resolutions and decisions.");
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(LintCommand.Create());
root.Subcommands.Add(ImportAknCommand.Create());
root.Subcommands.Add(CatalogCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(LspCommand.Create());

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        Console.Error.WriteLine("draftkit: " + error.Message);
    }

    Console.Error.WriteLine("Run 'draftkit --help' for usage.");
    return ExitCodes.UsageOrIoError;
}

return parseResult.Invoke();
