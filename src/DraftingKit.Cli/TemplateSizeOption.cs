using System.CommandLine;
using System.Globalization;
using System.IO;
using DraftingKit.Security;

namespace DraftingKit.Cli;

/// <summary>
/// <c>--max-template-size</c>: the most bytes a template may hold, when the drafter knows a template is larger than
/// the default limit (<see cref="InputLimits.TemplateBytes"/>, docs/limits.md) and trusts it. The default stays:
/// a file handed over by others is refused unread unless the drafter raises the limit for this run.
/// </summary>
internal static class TemplateSizeOption
{
    /// <summary>The most the limit may be raised to: a template is read whole into memory, twice its size as text.</summary>
    public const long MostBytes = 1024L * 1024 * 1024;

    public static Option<string?> Create() => new("--max-template-size")
    {
        Description = "The most a template may hold, in bytes or with a unit: 64MiB, 512KiB (default 4MiB; at most 1GiB). A larger template is refused unread (DK0041).",
    };

    /// <summary>The limit in bytes (the default when no value is given), or null with the usage error written.</summary>
    public static long? Bytes(string? value, TextWriter stderr)
    {
        if (value is null)
        {
            return InputLimits.TemplateBytes;
        }

        if (Parse(value) is { } bytes)
        {
            return bytes;
        }

        stderr.WriteLine($"draftkit: '{value}' is not a size for --max-template-size: write a number of bytes, or one with KiB, MiB or GiB (64MiB), from 1 byte to 1GiB");
        return null;
    }

    /// <summary>"64MiB" → 67,108,864; null when the value is not a size within 1 byte to <see cref="MostBytes"/>.</summary>
    internal static long? Parse(string value)
    {
        var text = value.Trim();
        var unit = 1L;
        foreach (var (suffix, bytes) in new[] { ("KiB", 1024L), ("MiB", 1024L * 1024), ("GiB", 1024L * 1024 * 1024) })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                unit = bytes;
                text = text.Substring(0, text.Length - suffix.Length).TrimEnd();
                break;
            }
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= MostBytes / unit
            ? count * unit
            : null;
    }
}
