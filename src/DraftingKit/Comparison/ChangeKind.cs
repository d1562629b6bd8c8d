namespace DraftingKit.Comparison;

/// <summary>What happened to a unit between the base text and the revised one.</summary>
public enum ChangeKind
{
    /// <summary>The same words under the same label.</summary>
    Unchanged,

    /// <summary>The same words under another number: renumbering alone is not a change.</summary>
    Renumbered,

    /// <summary>
    /// The same words with other spaces between them: a no-break space for a plain one, as a date or a number gets in
    /// one year's text and not in the next. Shown and tracked, but no change of wording.
    /// </summary>
    Respaced,

    /// <summary>The same unit with words changed.</summary>
    Changed,

    /// <summary>A unit only the revised text has.</summary>
    New,

    /// <summary>A unit only the base text has.</summary>
    Deleted,

    /// <summary>A unit of the base text standing elsewhere in the revised one: this is its new place.</summary>
    Moved,

    /// <summary>The old place of a <see cref="Moved"/> unit.</summary>
    MovedAway,
}

/// <summary>How a token of a compared unit reads in the tracked version.</summary>
internal enum EditKind
{
    /// <summary>In both texts.</summary>
    Equal,

    /// <summary>Only in the revised text.</summary>
    Inserted,

    /// <summary>Only in the base text.</summary>
    Deleted,
}

/// <summary>A token with its fate.</summary>
internal readonly record struct TokenEdit(EditKind Kind, WordToken Token);
