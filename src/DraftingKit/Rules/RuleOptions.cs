using System;
using System.Collections.Generic;

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

    /// <summary>The value of <paramref name="key"/>, trimmed and lower-cased, or <paramref name="fallback"/>.</summary>
    public string Get(string key, string fallback) =>
        values.TryGetValue(key, out var value) && value.Trim().Length > 0 ? value.Trim().ToLowerInvariant() : fallback;
}
