using System.Reflection;
using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Support;

/// <summary>
/// The parts of docs/rules written from the descriptors, never by hand: each page's header (title and the table
/// of category, severity, fix, options, organs, alias, tags and source) and the rules table of docs/rules/README.md.
/// <c>DRAFTINGKIT_UPDATE_DOCS=1</c> makes the drift tests write them instead of failing.
/// </summary>
internal static class RuleReference
{
    public const string TableStart = "<!-- rules table: written from the descriptors (RuleReferenceTests); do not edit by hand -->";
    public const string TableEnd = "<!-- end of rules table -->";

    public static bool Update => Environment.GetEnvironmentVariable("DRAFTINGKIT_UPDATE_DOCS") == "1";

    /// <summary>The page's header: its title line, a blank line, the table and the blank line after it.</summary>
    public static string Header(DraftingDescriptor descriptor)
    {
        var header = new StringBuilder();
        header.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append("\n\n");
        header.Append("| | |\n|---|---|\n");
        Row(header, "Category", descriptor.Category);
        Row(header, "Default severity", descriptor.DefaultSeverity.ToString());
        Row(header, "Fix", descriptor.Fix.Description);
        Row(header, "Options", Options(descriptor.Options));
        Row(header, "Organs", descriptor.Organs);
        Row(header, "Alias", "`" + descriptor.Alias + "`");
        Row(header, "Tags", string.Join(", ", descriptor.Tags.Select(t => "`" + t + "`")));
        Row(header, "Source", "`" + SourceOf(descriptor) + "`");
        return header.Append('\n').ToString();
    }

    /// <summary>The header at the start of a page: everything up to and including the blank line after its table.</summary>
    public static string HeaderOf(string page)
    {
        var table = page.IndexOf("\n|", StringComparison.Ordinal);
        var end = table < 0 ? -1 : page.IndexOf("\n\n", table, StringComparison.Ordinal);
        return end < 0 ? page : page[..(end + 2)];
    }

    /// <summary>The rules table: one row per id, in id order.</summary>
    public static string Table()
    {
        var table = new StringBuilder();
        table.Append(TableStart).Append('\n');
        table.Append("| Id | Alias | Title | Category | Default | Fix |\n|---|---|---|---|---|---|\n");
        foreach (var descriptor in RuleCatalog.EveryDescriptor)
        {
            table.Append("| [").Append(descriptor.Id).Append("](").Append(descriptor.Id).Append(".md) | ")
                .Append(descriptor.Alias).Append(" | ")
                .Append(Cell(descriptor.Title)).Append(" | ")
                .Append(descriptor.Category).Append(" | ")
                .Append(descriptor.DefaultSeverity).Append(" | ")
                .Append(descriptor.Fix.Kind switch
                {
                    DraftingFixKind.Always => "yes",
                    DraftingFixKind.Sometimes => "when certain",
                    _ => "no",
                })
                .Append(" |\n");
        }

        return table.Append(TableEnd).ToString();
    }

    /// <summary>
    /// The file that declares the descriptor, from the type that holds it: a rule's own file, or the class of a
    /// reader's or host's diagnostics (<c>TemplateDiagnostics</c> → src/DraftingKit/Templates/TemplateDiagnostics.cs).
    /// </summary>
    public static string SourceOf(DraftingDescriptor descriptor)
    {
        var name = Declaring.Value[descriptor.Id].Name + ".cs";
        var engine = RepositoryPaths.InRepository("src", "DraftingKit");
        var file = Directory.EnumerateFiles(engine, name, SearchOption.AllDirectories).Single();
        return "src/DraftingKit/" + Path.GetRelativePath(engine, file).Replace('\\', '/');
    }

    private static readonly Lazy<Dictionary<string, Type>> Declaring = new(FindDeclaringTypes);

    private static Dictionary<string, Type> FindDeclaringTypes()
    {
        var byId = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in typeof(DraftingDescriptor).Assembly.GetTypes().Where(t => !t.IsNested))
        {
            const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            var values = type.GetFields(statics).Where(f => f.FieldType == typeof(DraftingDescriptor)).Select(f => f.GetValue(null))
                .Concat(type.GetProperties(statics).Where(p => p.PropertyType == typeof(DraftingDescriptor)).Select(p => p.GetValue(null)));
            foreach (var descriptor in values.OfType<DraftingDescriptor>())
            {
                byId.TryAdd(descriptor.Id, type);
            }
        }

        return byId;
    }

    private static string Options(IReadOnlyList<RuleOption> options)
    {
        if (options.Count == 0)
        {
            return "None.";
        }

        return string.Join("; ", options.Select(o =>
            "`" + o.Key + "` = " + string.Join(", ", o.Values.Select(v => "`" + v + "`" + (v == o.Default ? " (default)" : string.Empty)))
            + (o.Description.Length > 0 ? ": " + o.Description : string.Empty))) + ".";
    }

    private static void Row(StringBuilder header, string name, string value) =>
        header.Append("| ").Append(name).Append(" | ").Append(Cell(value)).Append(" |\n");

    /// <summary>A table cell: a vertical bar would end the cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
