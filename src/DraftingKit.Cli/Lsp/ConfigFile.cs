using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// One <c>.editorconfig</c> or <c>.globalconfig</c> as Roslyn reads it for the analyzer: <c>root</c> and
/// <c>is_global</c>/<c>global_level</c> at the top, then sections whose glob names the files their keys apply to.
/// Keys and values compare ignoring case, as Roslyn's do; a line that is neither is ignored.
/// </summary>
internal sealed class ConfigFile
{
    private static readonly TimeSpan GlobTimeout = TimeSpan.FromMilliseconds(200);

    private ConfigFile(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    public bool IsRoot { get; private set; }

    public bool IsGlobal { get; private set; }

    public int GlobalLevel { get; private set; } = 100;

    /// <summary>Keys before the first section: what a global config sets for every file.</summary>
    public Dictionary<string, string> Global { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(Regex? Glob, Dictionary<string, string> Values)> Sections { get; } = new();

    public static ConfigFile Parse(string path, string text)
    {
        var file = new ConfigFile(Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty);
        var current = file.Global;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                file.Sections.Add((GlobOf(line.Substring(1, line.Length - 2)), current));
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim();
            var value = StripComment(line.Substring(equals + 1)).Trim();
            current[key] = value;
        }

        file.IsRoot = file.Global.TryGetValue("root", out var root) && root.Equals("true", StringComparison.OrdinalIgnoreCase);
        file.IsGlobal = Path.GetFileName(path).Equals(".globalconfig", StringComparison.OrdinalIgnoreCase)
            || (file.Global.TryGetValue("is_global", out var global) && global.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (file.Global.TryGetValue("global_level", out var level) && int.TryParse(level, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            file.GlobalLevel = parsed;
        }

        return file;
    }

    /// <summary>The keys the sections matching <paramref name="path"/> set, later sections winning.</summary>
    public void AddSectionValues(string path, Dictionary<string, string> into)
    {
        var relative = RelativePath(path);
        if (relative is null)
        {
            return;
        }

        foreach (var (glob, values) in Sections)
        {
            bool matches;
            try
            {
                matches = glob is not null && glob.IsMatch(relative);
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }

            if (matches)
            {
                foreach (var pair in values)
                {
                    into[pair.Key] = pair.Value;
                }
            }
        }
    }

    private string? RelativePath(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        var folder = Folder.Replace('\\', '/').TrimEnd('/') + "/";
        return full.StartsWith(folder, StringComparison.Ordinal) ? full.Substring(folder.Length) : null;
    }

    private static string StripComment(string value)
    {
        // Roslyn ends a value at " #" or " ;"; a '#' inside a word stays.
        for (var index = 1; index < value.Length; index++)
        {
            if (value[index] is '#' or ';' && char.IsWhiteSpace(value[index - 1]))
            {
                return value.Substring(0, index);
            }
        }

        return value;
    }

    /// <summary>
    /// The section's glob as a pattern over the path relative to the file's folder: a glob without '/' matches a
    /// file name in any folder; '*' stays within a folder, '**' crosses them, '{a,b}' is either.
    /// </summary>
    internal static Regex? GlobOf(string glob)
    {
        if (glob.Length == 0)
        {
            return null;
        }

        var anyFolder = glob.IndexOf('/') < 0;
        if (glob[0] == '/')
        {
            glob = glob.Substring(1);
        }

        var pattern = new StringBuilder(anyFolder ? "^(?:.*/)?" : "^");
        var braces = 0;
        for (var index = 0; index < glob.Length; index++)
        {
            var c = glob[index];
            switch (c)
            {
                case '*' when index + 1 < glob.Length && glob[index + 1] == '*':
                    pattern.Append(".*");
                    index++;
                    break;
                case '*':
                    pattern.Append("[^/]*");
                    break;
                case '?':
                    pattern.Append("[^/]");
                    break;
                case '{':
                    braces++;
                    pattern.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    pattern.Append(')');
                    break;
                case ',' when braces > 0:
                    pattern.Append('|');
                    break;
                case '\\' when index + 1 < glob.Length:
                    pattern.Append(Regex.Escape(glob[++index].ToString()));
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braces > 0)
        {
            return null;
        }

        pattern.Append('$');
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant, GlobTimeout);
    }
}
