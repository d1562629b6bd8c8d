namespace DraftingKit.Rendering;

/// <summary>What a line of the masthead holds.</summary>
public enum HeaderLineKind
{
    /// <summary>The document symbol, "A/RES/74/177".</summary>
    Symbol,

    /// <summary>The organ, "General Assembly".</summary>
    Organ,

    /// <summary>The distribution, "Distr.: General".</summary>
    Distribution,

    /// <summary>The date of issue, "27 January 2020".</summary>
    Issued,

    /// <summary>The language of the original, "Original: French".</summary>
    OriginalLanguage,
}

/// <summary>A line of the masthead and what it holds.</summary>
/// <param name="Kind">What the line holds.</param>
/// <param name="Text">The line as printed.</param>
public sealed record HeaderLine(HeaderLineKind Kind, string Text);
