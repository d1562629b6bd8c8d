using System.Text;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// Writes a rule's severity into a <c>.globalconfig</c> (<c>dotnet_diagnostic.DK2001.severity = none</c>), the line
/// the build's analyzer and the language server both read: the rule's line is replaced where it exists, added at the
/// end where it does not, and the file made (with <c>is_global = true</c>) where there is none.
/// </summary>
internal static class GlobalConfigWriter
{
    public static readonly IReadOnlyList<string> Levels = new[] { "none", "suggestion", "warning", "error" };

    /// <summary>The line written; an unknown rule or severity is an <see cref="ArgumentException"/> and writes nothing.</summary>
    public static string SetSeverity(string configPath, string rule, string level)
    {
        var descriptor = RuleCatalog.Find(rule) ?? throw new ArgumentException("'" + rule + "' is not a DraftingKit rule");
        if (!((IList<string>)Levels).Contains(level))
        {
            throw new ArgumentException("'" + level + "' is not a severity; write " + string.Join(", ", Levels));
        }

        var key = "dotnet_diagnostic." + descriptor.Id + ".severity";
        var line = key + " = " + level;
        var lines = new List<string>();
        if (File.Exists(configPath))
        {
            lines.AddRange(File.ReadAllText(configPath).Replace("\r\n", "\n").Split('\n'));
            if (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }
        }
        else
        {
            lines.Add("is_global = true");
        }

        var replaced = false;
        for (var index = 0; index < lines.Count; index++)
        {
            var equals = lines[index].IndexOf('=');
            if (equals > 0 && lines[index].Substring(0, equals).Trim().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                lines[index] = line;
                replaced = true;
            }
        }

        if (!replaced)
        {
            lines.Add(line);
        }

        File.WriteAllText(configPath, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return line;
    }
}
