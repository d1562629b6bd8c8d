using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// Rule options as <c>.editorconfig</c> writes them (<c>draftingkit.footnote_style = current</c>): the analyzer
/// passes the options of the template, the CLI those given on its command line.
/// </summary>
public sealed class RuleOptions
{
    /// <summary>The option that says whether a footnote marker may be repeated: auto, current or repeat.</summary>
    public const string FootnoteStyle = "draftingkit.footnote_style";

    /// <summary>The option that says whether a text is a negotiation draft, where bracketed alternatives and "bis" paragraphs belong: false or true.</summary>
    public const string NegotiationDraft = "draftingkit.negotiation_draft";

    private readonly IReadOnlyDictionary<string, string> values;

    /// <summary>Options from key/value pairs; keys compare ignoring case.</summary>
    public RuleOptions(IReadOnlyDictionary<string, string> values)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in values)
        {
            copy[pair.Key] = pair.Value;
        }

        this.values = copy;
    }

    /// <summary>No options: every rule uses its defaults.</summary>
    public static RuleOptions Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>The prefix of every DraftingKit option key, as <c>.editorconfig</c> writes it.</summary>
    public const string KeyPrefix = "draftingkit.";

    /// <summary>
    /// Reads the options of a file from its configuration (every key/value pair <c>.editorconfig</c> gives it, as the
    /// analyzer sees them): a <c>draftingkit.</c> key no rule declares (DK0904) or a value its option does not take
    /// (DK0905) is reported at <paramref name="where"/> and left out, so the rule uses its default and says so,
    /// never silently. Other keys (<c>indent_style</c>, <c>dotnet_diagnostic.*</c>) are not DraftingKit's and are ignored.
    /// </summary>
    public static RuleOptions Read(IEnumerable<KeyValuePair<string, string>> settings, SourceSpan where, ICollection<DraftingDiagnostic> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings)
        {
            var key = setting.Key.Trim();
            if (!key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (RuleCatalog.FindOption(key) is not { } declared)
            {
                problems.Add(DraftingDiagnostic.Create(HostDiagnostics.UnknownOption, where, key, string.Join(", ", RuleCatalog.Options.Select(o => o.Key))));
            }
            else if (!declared.Accepts(setting.Value))
            {
                problems.Add(DraftingDiagnostic.Create(HostDiagnostics.InvalidOptionValue, where, setting.Value.Trim(), declared.Key, declared.Default, string.Join(", ", declared.Values)));
            }
            else
            {
                values[declared.Key] = setting.Value;
            }
        }

        return new RuleOptions(values);
    }

    /// <summary>The value of <paramref name="key"/>, trimmed and lower-cased, or <paramref name="fallback"/>.</summary>
    public string Get(string key, string fallback) =>
        values.TryGetValue(key, out var value) && value.Trim().Length > 0 ? value.Trim().ToLowerInvariant() : fallback;
}
