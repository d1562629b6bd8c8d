namespace DraftingKit.Cli.Lsp;

/// <summary>The rule pages (<c>docs/rules/DK####.md</c>), embedded in <c>draftkit</c> so that a hover can quote them offline.</summary>
internal static class RulePages
{
    /// <summary>The page's "What it checks" section, or null when the rule has no page.</summary>
    public static string? WhatItChecks(string id)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream("DraftingKit.Cli.RulePages." + id + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var page = reader.ReadToEnd().Replace("\r\n", "\n");
        var start = page.IndexOf("\n## What it checks\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += "\n## What it checks\n".Length;
        var end = page.IndexOf("\n## ", start, StringComparison.Ordinal);
        return page.Substring(start, (end < 0 ? page.Length : end) - start).Trim();
    }
}
