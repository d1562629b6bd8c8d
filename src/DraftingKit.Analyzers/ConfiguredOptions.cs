using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DraftingKit.Analyzers;

/// <summary>
/// The rule options of a file as <c>.editorconfig</c> and global configs give them to the analyzers: the one place
/// both analyzers read them, so that a misspelled key or value is reported (DK0904, DK0905) rather than read as
/// the default.
/// </summary>
internal static class ConfiguredOptions
{
    public static RuleOptions Read(AnalyzerConfigOptions options, SourceSpan where, ICollection<DraftingDiagnostic> problems) =>
        RuleOptions.Read(Settings(options), where, problems);

    private static List<KeyValuePair<string, string>> Settings(AnalyzerConfigOptions options)
    {
        var settings = new List<KeyValuePair<string, string>>();
        IEnumerable<string> keys;
        try
        {
            keys = options.Keys;
        }
        catch (NotImplementedException)
        {
            // An options provider that cannot list its keys (Roslyn's base class before a host overrides it): the
            // declared keys can still be read, only misspelled ones go unseen.
            keys = DeclaredKeys();
        }

        foreach (var key in keys)
        {
            if (key.StartsWith(RuleOptions.KeyPrefix, StringComparison.OrdinalIgnoreCase) && options.TryGetValue(key, out var value) && value is not null)
            {
                settings.Add(new KeyValuePair<string, string>(key, value));
            }
        }

        return settings;
    }

    private static IEnumerable<string> DeclaredKeys()
    {
        foreach (var option in RuleCatalog.Options)
        {
            yield return option.Key;
        }
    }
}
