namespace DraftingKit.Comparison;

/// <summary>
/// A unit of the base text and its counterpart in the revised one, either of which may be missing, with the
/// word-level edits that turn the first into the second (its label and its words apart).
/// </summary>
/// <param name="Kind">What happened to the unit.</param>
/// <param name="Base">The unit in the base text; null for a new unit.</param>
/// <param name="Revised">The unit in the revised text; null for a deleted unit.</param>
/// <param name="LabelEdits">The label and its tab, token by token.</param>
/// <param name="Edits">The words, token by token.</param>
internal sealed record AlignedUnit(ChangeKind Kind, TextUnit? Base, TextUnit? Revised, IReadOnlyList<TokenEdit> LabelEdits, IReadOnlyList<TokenEdit> Edits)
{
    /// <summary>What a reader needs besides the marks: "moved from preambular paragraph 3", "split from operative paragraph 4".</summary>
    public string? Note { get; init; }

    /// <summary>The unit as it stands in the output: the revised one, or the base one when it is gone.</summary>
    public TextUnit Shown => Revised ?? Base!;

    /// <summary>The section the unit counts in.</summary>
    public ComparedSection Section => Shown.Section;
}
