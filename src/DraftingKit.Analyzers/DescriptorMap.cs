using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Analyzers;

/// <summary>
/// Roslyn descriptors made from the engine's: same id, title, category, severity and help link. The message is
/// already written by the rule, so the Roslyn message format is "{0}".
/// </summary>
internal static class DescriptorMap
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(ById.Values);

    public static DiagnosticDescriptor For(DraftingDescriptor descriptor) =>
        ById.TryGetValue(descriptor.Id, out var found) ? found : Create(descriptor);

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in RuleCatalog.AllDescriptors)
        {
            map[descriptor.Id] = Create(descriptor);
        }

        return map;
    }

    private static DiagnosticDescriptor Create(DraftingDescriptor descriptor) => new(
        descriptor.Id,
        descriptor.Title,
        "{0}",
        "DraftingKit." + descriptor.Category,
        Severity(descriptor.DefaultSeverity),
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: descriptor.HelpLink,
        customTags: Tags(descriptor));

    /// <summary>The alias first, then the descriptor's tags (its category in lower case, then its own).</summary>
    private static string[] Tags(DraftingDescriptor descriptor)
    {
        var tags = new string[descriptor.Tags.Count + 1];
        tags[0] = descriptor.Alias;
        for (var i = 0; i < descriptor.Tags.Count; i++)
        {
            tags[i + 1] = descriptor.Tags[i];
        }

        return tags;
    }

    public static DiagnosticSeverity Severity(DraftingSeverity severity) => severity switch
    {
        DraftingSeverity.Error => DiagnosticSeverity.Error,
        DraftingSeverity.Warning => DiagnosticSeverity.Warning,
        DraftingSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
