namespace DraftingKit.Diagnostics;

/// <summary>
/// What a descriptor says of its fix: whether findings carry edits (always, sometimes, never), the title a code
/// fix shows in the IDE, and the sentence of the rule page that says what it does or why there is none.
/// </summary>
public sealed record DraftingFix(DraftingFixKind Kind, string Title, string Description)
{
    /// <summary>No finding carries a fix; <paramref name="description"/> says why ("No: which date was meant cannot be known.").</summary>
    public static DraftingFix None(string description) => new(DraftingFixKind.None, string.Empty, description);

    /// <summary>Every finding carries a fix titled <paramref name="title"/> in the IDE.</summary>
    public static DraftingFix Always(string title, string description) => new(DraftingFixKind.Always, title, description);

    /// <summary>Some findings carry a fix (when the right text can be known), titled <paramref name="title"/>.</summary>
    public static DraftingFix Sometimes(string title, string description) => new(DraftingFixKind.Sometimes, title, description);

    /// <summary>True when findings may carry edits for a code fix or <c>draftkit lint --fix</c> to apply.</summary>
    public bool Offered => Kind != DraftingFixKind.None;
}

/// <summary>Whether a rule's findings carry edits.</summary>
public enum DraftingFixKind
{
    /// <summary>Never: the drafter must correct the text.</summary>
    None,

    /// <summary>Every finding.</summary>
    Always,

    /// <summary>Findings whose right text can be known.</summary>
    Sometimes,
}
