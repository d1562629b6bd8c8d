namespace DraftingKit.Cli;

/// <summary>The exit codes every draftkit verb uses.</summary>
internal static class ExitCodes
{
    /// <summary>The work was done.</summary>
    public const int Success = 0;

    /// <summary>The input has errors (diagnostics of error severity were printed).</summary>
    public const int InputHasErrors = 1;

    /// <summary>The command line was wrong, or a file could not be read or written.</summary>
    public const int UsageOrIoError = 2;
}
