namespace DraftingKit.Diagnostics;

/// <summary>
/// An option a rule reads, as <c>.editorconfig</c> writes it (<c>draftingkit.footnote_style = current</c>): its key,
/// the values it takes, the one it falls back to and what it means (for the rule page, <c>draftkit rules</c> and editors). Declared by the rule that reads it; every host that accepts
/// options (the analyzer, the CLI's <c>--option</c>) takes the keys and values from these declarations.
/// </summary>
public sealed record RuleOption(string Key, IReadOnlyList<string> Values, string Default, string Description = "")
{
    /// <summary>Whether <paramref name="value"/> is one of the option's values (case and surrounding spaces ignored).</summary>
    public bool Accepts(string value)
    {
        foreach (var allowed in Values)
        {
            if (string.Equals(allowed, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
