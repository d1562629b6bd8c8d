namespace DraftingKit.Diagnostics;

/// <summary>How serious a finding is; hosts map it to their own levels (compiler diagnostics, SARIF).</summary>
public enum DraftingSeverity
{
    /// <summary>Not shown by default.</summary>
    Hidden,

    /// <summary>A suggestion.</summary>
    Info,

    /// <summary>Worth fixing before the text goes out.</summary>
    Warning,

    /// <summary>The text is wrong, or cannot be read as written.</summary>
    Error,
}
