namespace DraftingKit.Diagnostics;

/// <summary>
/// What a diagnostic is: its stable id (DK + four digits), title, message format, category, default severity
/// and the help page that explains it. Ids are never reused.
/// </summary>
public sealed record DraftingDescriptor(
    string Id,
    string Alias,
    string Title,
    string MessageFormat,
    string Category,
    DraftingSeverity DefaultSeverity)
{
    /// <summary>Where the rule's documentation pages live.</summary>
    public const string HelpLinkBase = "https://github.com/draftingkit/DraftingKit/blob/main/docs/rules/";

    /// <summary>The rule's page: <c>docs/rules/DK####.md</c>.</summary>
    public string HelpLink => HelpLinkBase + Id + ".md";
}
