using System.Collections.Concurrent;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// What the project's <c>.editorconfig</c> and <c>.globalconfig</c> files say about one template, read as Roslyn
/// reads them for the DraftingKit analyzer: <c>.editorconfig</c> files from the template's folder up to one marked
/// <c>root = true</c> (nearer sections win), global configs from the folder up (higher <c>global_level</c> wins,
/// then the nearer file), and an <c>.editorconfig</c> section over any global config. Severities are
/// <c>dotnet_diagnostic.DK2001.severity</c>, then <c>dotnet_analyzer_diagnostic.category-Operative.severity</c>, then
/// <c>dotnet_analyzer_diagnostic.severity</c>; rule options are the keys the rules declare.
/// </summary>
internal sealed class ProjectSettings
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, ConfigFile File)> files = new(StringComparer.Ordinal);

    /// <summary>The settings of the file at <paramref name="path"/>; a config that cannot be read is left out.</summary>
    public FileSettings For(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!System.IO.Path.IsPathRooted(path))
        {
            return new FileSettings(values, path);
        }

        var editorConfigs = new List<ConfigFile>();
        var globalConfigs = new List<(ConfigFile File, int Distance)>();
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        var distance = 0;
        var editorConfigRootSeen = false;
        while (!string.IsNullOrEmpty(folder) && distance < 64)
        {
            if (Load(System.IO.Path.Combine(folder, ".globalconfig")) is { } global)
            {
                globalConfigs.Add((global, distance));
            }

            if (!editorConfigRootSeen && Load(System.IO.Path.Combine(folder, ".editorconfig")) is { } editor)
            {
                if (editor.IsGlobal)
                {
                    globalConfigs.Add((editor, distance));
                }
                else
                {
                    editorConfigs.Add(editor);
                    editorConfigRootSeen = editor.IsRoot;
                }
            }

            folder = System.IO.Path.GetDirectoryName(folder);
            distance++;
        }

        // The project's MSBuild preset sits at global level -1, below every config file.
        MsBuildPreset.AddTo(path, values);
        foreach (var (global, _) in globalConfigs.OrderBy(g => g.File.GlobalLevel).ThenByDescending(g => g.Distance))
        {
            foreach (var pair in global.Global)
            {
                values[pair.Key] = pair.Value;
            }
        }

        for (var index = editorConfigs.Count - 1; index >= 0; index--)
        {
            editorConfigs[index].AddSectionValues(path, values);
        }

        return new FileSettings(values, path);
    }

    /// <summary>
    /// The global config a "set this rule's severity" action writes: the nearest existing <c>.globalconfig</c> inside
    /// the project, or a new one at the project's root.
    /// </summary>
    public static string GlobalConfigFor(string path)
    {
        var root = DraftingKit.Security.ProjectRoot.Find(path).Folder;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        while (!string.IsNullOrEmpty(folder) && folder!.StartsWith(root, StringComparison.Ordinal))
        {
            var candidate = System.IO.Path.Combine(folder, ".globalconfig");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            folder = System.IO.Path.GetDirectoryName(folder);
        }

        return System.IO.Path.Combine(root, ".globalconfig");
    }

    private ConfigFile? Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > DraftingKit.Security.InputLimits.TemplateBytes)
            {
                return null;
            }

            if (files.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
            {
                return cached.File;
            }

            var file = ConfigFile.Parse(path, File.ReadAllText(path));
            files[path] = (info.LastWriteTimeUtc, info.Length, file);
            return file;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }
}

/// <summary>The configuration keys that apply to one file, and what they mean for its findings.</summary>
internal sealed class FileSettings
{
    private readonly IReadOnlyDictionary<string, string> values;

    public FileSettings(IReadOnlyDictionary<string, string> values, string path = "")
    {
        this.values = values;
        // The analyzer's own reader: a draftingkit. key no rule declares (DK0904) or a value its option does not take
        // (DK0905) is a finding at the file's start, never read as the default in silence.
        var problems = new List<DraftingDiagnostic>();
        Options = RuleOptions.Read(values, new Model.SourceSpan(path, 0, 0, 1, 1, 1, 1), problems);
        OptionProblems = problems;
    }

    public RuleOptions Options { get; }

    /// <summary>The configuration's option keys and values that no rule takes.</summary>
    public IReadOnlyList<DraftingDiagnostic> OptionProblems { get; }

    /// <summary>
    /// True when the configuration sets the rule's severity; <paramref name="severity"/> is then that severity, or
    /// null when the rule is switched off (none, silent).
    /// </summary>
    public bool TryConfigured(DraftingDescriptor descriptor, out DraftingSeverity? severity)
    {
        foreach (var key in new[]
        {
            "dotnet_diagnostic." + descriptor.Id + ".severity",
            "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity",
            "dotnet_analyzer_diagnostic.severity",
        })
        {
            if (values.TryGetValue(key, out var level))
            {
                switch (level.Trim().ToLowerInvariant())
                {
                    case "error": severity = DraftingSeverity.Error; return true;
                    case "warning": severity = DraftingSeverity.Warning; return true;
                    case "suggestion": severity = DraftingSeverity.Info; return true;
                    case "silent":
                    case "none": severity = null; return true;
                    default: continue;
                }
            }
        }

        severity = null;
        return false;
    }

    /// <summary>The findings with their configured severities; those switched off or hidden are left out.</summary>
    public List<DraftingDiagnostic> Apply(IEnumerable<DraftingDiagnostic> findings)
    {
        var kept = new List<DraftingDiagnostic>();
        foreach (var finding in findings)
        {
            var severity = TryConfigured(finding.Descriptor, out var configured) ? configured : finding.Severity;
            if (severity is { } level && level != DraftingSeverity.Hidden)
            {
                kept.Add(level == finding.Severity ? finding : finding with { Severity = level });
            }
        }

        return kept;
    }
}
