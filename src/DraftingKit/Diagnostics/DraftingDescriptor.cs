namespace DraftingKit.Diagnostics;

/// <summary>
/// Everything there is to know about one diagnostic id, in one place: its stable id (DK + four digits), alias,
/// title, message format, category, default severity, help page, the options it reads, its fix, the organs it
/// applies to and its tags. The rule pages' headers, the rules table, <c>draftkit rules</c>, the analyzer's
/// descriptors and options, the presets and the code fixes are all derived from it. Ids are never reused.
/// </summary>
/// <remarks>Made only by <see cref="RuleDescriptors.Create"/> (the constructor is banned elsewhere, BannedSymbols.txt).</remarks>
public sealed record DraftingDescriptor
{
    /// <summary>Where the rule's documentation pages live.</summary>
    public const string HelpLinkBase = "https://github.com/draftingkit/DraftingKit/blob/main/docs/rules/";

    internal DraftingDescriptor(
        string id,
        string alias,
        string title,
        string messageFormat,
        string category,
        DraftingSeverity defaultSeverity,
        DraftingFix fix,
        IReadOnlyList<RuleOption> options,
        string organs,
        IReadOnlyList<string> tags)
    {
        Id = id;
        Alias = alias;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Fix = fix;
        Options = options;
        Organs = organs;
        Tags = tags;
    }

    /// <summary>The stable id, <c>DK2001</c>.</summary>
    public string Id { get; }

    /// <summary>The readable alias the CLI accepts in place of the id, <c>operative-lead-form</c>.</summary>
    public string Alias { get; }

    /// <summary>The short title, as the rule page's heading.</summary>
    public string Title { get; }

    /// <summary>The message, with <c>{0}</c>… for the text involved.</summary>
    public string MessageFormat { get; }

    /// <summary>The category, which owns a range of ids (docs/rules/ranges.txt).</summary>
    public string Category { get; }

    /// <summary>The severity unless a configuration says otherwise.</summary>
    public DraftingSeverity DefaultSeverity { get; }

    /// <summary>Whether the findings carry a fix, its title in the IDE, and what it does or why there is none.</summary>
    public DraftingFix Fix { get; }

    /// <summary>The options the rule reads (<c>draftingkit.footnote_style</c>), with their values and default.</summary>
    public IReadOnlyList<RuleOption> Options { get; }

    /// <summary>The organs the rule applies to, as the rule page says it ("All", or which and why).</summary>
    public string Organs { get; }

    /// <summary>Tags for grouping in hosts: the category in lower case first, then the rule's own.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>
    /// What a finding of the rule depends on: the paragraph it is on, or the whole document. The language server
    /// re-runs a paragraph rule only on the paragraphs a change touched (<see cref="Rules.IncrementalLinter"/>).
    /// </summary>
    public RuleScope Scope { get; init; }

    /// <summary>The rule's page: <c>docs/rules/DK####.md</c>.</summary>
    public string HelpLink => HelpLinkBase + Id + ".md";
}
