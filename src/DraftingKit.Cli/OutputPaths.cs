using System.Text;
using DraftingKit.Model;

namespace DraftingKit.Cli;

/// <summary>
/// Names output files from the document symbol ("A/RES/74/177" → "A-RES-74-177.txt") and keeps every file
/// inside the chosen folder, whatever the symbol or title contains.
/// </summary>
internal static class OutputPaths
{
    private static readonly string[] ReservedNames =
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>A file name safe on any file system, from the symbol or else the template's own name.</summary>
    public static string FileName(ResolutionDocument document, string templatePath, string extension) =>
        FileName(document.Header.Symbol, templatePath, extension);

    /// <summary>A file name safe on any file system, from <paramref name="symbol"/> or else the template's own name.</summary>
    public static string FileName(string? symbol, string templatePath, string extension)
    {
        var stem = symbol ?? TemplateStem(templatePath);
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            if (c is ' ' or '(' or ')' && builder.Length > 0 && builder[builder.Length - 1] == '-')
            {
                // The Council's "S/RES/2250 (2015)" names "S-RES-2250-2015", not "S-RES-2250--2015-".
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        var safe = builder.ToString().Trim('.', '-', ' ');
        if (safe.Length == 0)
        {
            safe = "document";
        }

        if (safe.Length > 100)
        {
            // Cut, then trimmed again: Windows drops a trailing dot, which would change the name.
            safe = safe.Substring(0, 100).TrimEnd('.', '-', ' ');
        }

        // Windows reserves a device name whatever follows its first dot: "CON.txt" and "nul.1.txt" are devices too.
        var firstDot = safe.IndexOf('.');
        if (Array.IndexOf(ReservedNames, (firstDot < 0 ? safe : safe.Substring(0, firstDot)).ToUpperInvariant()) >= 0)
        {
            safe = "_" + safe;
        }

        return safe + "." + extension;
    }

    /// <summary>The full path of <paramref name="fileName"/> inside <paramref name="folder"/>; throws if it would leave it.</summary>
    public static string Inside(string folder, string fileName)
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, fileName));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new IOException($"Refusing to write '{fileName}' outside the output folder '{folder}'.");
        }

        return full;
    }

    private static string TemplateStem(string templatePath)
    {
        var name = Path.GetFileName(templatePath);
        foreach (var suffix in new[] { Templates.TemplateFile.Extension, ".report.md", ".md" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return Path.GetFileNameWithoutExtension(name);
    }
}
