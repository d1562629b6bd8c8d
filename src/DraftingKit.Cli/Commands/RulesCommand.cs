using System.CommandLine;
using System.Text;
using System.Text.Json;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Commands;

/// <summary>
/// <c>draftkit rules [id or alias…] [--format text|json]</c>: every diagnostic id with its metadata, read from the
/// descriptors (as <c>vale ls-config</c> and markdownlint's rule list do), so a team can see what a build reports,
/// what it may fix and which options it reads without opening the pages.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("rules")
        {
            Description = "Ids (DK2001) or aliases (operative-lead-form) to show; every id when omitted.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (one line per id, options below it) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List every diagnostic id with its alias, category, default severity, fix, options and help page.")
        {
            ids, format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(ids) ?? Array.Empty<string>(), parseResult.GetValue(format) ?? "text", Console.Out, Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> ids, string format, TextWriter stdout, TextWriter stderr)
    {
        var chosen = new List<DraftingDescriptor>();
        foreach (var id in ids)
        {
            var descriptor = RuleCatalog.EveryDescriptor.FirstOrDefault(d =>
                string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Alias, id, StringComparison.OrdinalIgnoreCase));
            if (descriptor is null)
            {
                stderr.WriteLine($"draftkit: no rule has the id or alias '{id}'; 'draftkit rules' lists them");
                return ExitCodes.UsageOrIoError;
            }

            chosen.Add(descriptor);
        }

        var descriptors = chosen.Count > 0 ? chosen : RuleCatalog.EveryDescriptor;
        if (format == "json")
        {
            WriteJson(stdout, descriptors);
        }
        else
        {
            WriteText(stdout, descriptors);
        }

        return ExitCodes.Success;
    }

    private static void WriteText(TextWriter writer, IReadOnlyList<DraftingDescriptor> descriptors)
    {
        var aliasWidth = descriptors.Max(d => d.Alias.Length);
        var categoryWidth = descriptors.Max(d => d.Category.Length);
        foreach (var descriptor in descriptors)
        {
            writer.Write(descriptor.Id);
            writer.Write("  ");
            writer.Write(descriptor.Alias.PadRight(aliasWidth));
            writer.Write("  ");
            writer.Write(descriptor.Category.PadRight(categoryWidth));
            writer.Write("  ");
            writer.Write(Lint.TextReport.Level(descriptor.DefaultSeverity).PadRight(7));
            writer.Write("  ");
            writer.Write(FixWord(descriptor.Fix.Kind).PadRight(9));
            writer.Write("  ");
            writer.WriteLine(descriptor.Title);
            foreach (var option in descriptor.Options)
            {
                writer.WriteLine($"      option {option.Key} = {string.Join(" | ", option.Values)} (default {option.Default})");
            }
        }
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<DraftingDescriptor> descriptors)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "draftkit");
            json.WriteStartArray("rules");
            foreach (var descriptor in descriptors)
            {
                json.WriteStartObject();
                json.WriteString("id", descriptor.Id);
                json.WriteString("alias", descriptor.Alias);
                json.WriteString("title", descriptor.Title);
                json.WriteString("messageFormat", descriptor.MessageFormat);
                json.WriteString("category", descriptor.Category);
                json.WriteString("defaultSeverity", Lint.TextReport.Level(descriptor.DefaultSeverity));
                json.WriteString("helpUri", descriptor.HelpLink);
                json.WriteStartObject("fix");
                json.WriteString("kind", descriptor.Fix.Kind.ToString().ToLowerInvariant());
                json.WriteString("title", descriptor.Fix.Title);
                json.WriteString("description", descriptor.Fix.Description);
                json.WriteEndObject();
                json.WriteStartArray("options");
                foreach (var option in descriptor.Options)
                {
                    json.WriteStartObject();
                    json.WriteString("key", option.Key);
                    json.WriteStartArray("values");
                    foreach (var value in option.Values)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                    json.WriteString("default", option.Default);
                    json.WriteString("description", option.Description);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString("organs", descriptor.Organs);
                json.WriteStartArray("tags");
                foreach (var tag in descriptor.Tags)
                {
                    json.WriteStringValue(tag);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string FixWord(DraftingFixKind kind) => kind switch
    {
        DraftingFixKind.Always => "fix",
        DraftingFixKind.Sometimes => "some fix",
        _ => "no fix",
    };
}
