using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// The package's severity preset a template's project chooses (<c>&lt;DraftingKitRules&gt;strict&lt;/DraftingKitRules&gt;</c>), read
/// as MSBuild evaluates the property for the analyzer: the project that holds the template is the nearest folder up
/// with a <c>*.csproj</c> (the package adds every <c>*.res.md</c> under it); the property is the last unconditioned
/// value set in the nearest <c>Directory.Build.props</c>, then the project file, then <c>Directory.Build.targets</c>.
/// The preset's lines are those of <c>buildTransitive/presets</c>, at global level -1: a project's own
/// <c>.globalconfig</c> and <c>.editorconfig</c> win over it, as in the build.
/// </summary>
internal static class MsBuildPreset
{
    /// <summary>The severity each preset gives every DraftingKit id.</summary>
    private static readonly Dictionary<string, string> Severities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["warnings"] = "warning",
        ["strict"] = "error",
        ["none"] = "none",
    };

    /// <summary>The preset's name for the template at <paramref name="path"/>, or null when its project sets none (or none known).</summary>
    public static string? NameFor(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            for (var depth = 0; !string.IsNullOrEmpty(folder) && depth < 64; depth++, folder = Path.GetDirectoryName(folder))
            {
                var projects = Directory.GetFiles(folder!, "*.csproj").OrderBy(p => p, StringComparer.Ordinal).ToList();
                if (projects.Count == 0)
                {
                    continue;
                }

                var beforeBody = Property(Nearest(folder!, "Directory.Build.props"));
                var afterBody = Property(Nearest(folder!, "Directory.Build.targets"));
                return afterBody ?? projects.Select(Property).FirstOrDefault(p => p is not null) ?? beforeBody;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
        }

        return null;
    }

    /// <summary>Adds the preset's <c>dotnet_diagnostic.DK####.severity</c> lines below every other setting.</summary>
    public static void AddTo(string path, Dictionary<string, string> values)
    {
        if (NameFor(path) is not { } name || !Severities.TryGetValue(name, out var severity))
        {
            return;
        }

        foreach (var descriptor in RuleCatalog.AllDescriptors)
        {
            values["dotnet_diagnostic." + descriptor.Id + ".severity"] = severity;
        }
    }

    private static string? Nearest(string folder, string name)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            var candidate = Path.Combine(current!, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The property of each MSBuild file read, until the file changes: the preset is looked up on every check.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime Written, long Length, string? Value)> Read = new(StringComparer.Ordinal);

    private static string? Property(string? file)
    {
        if (file is null)
        {
            return null;
        }

        var info = new FileInfo(file);
        if (Read.TryGetValue(file, out var known) && known.Written == info.LastWriteTimeUtc && known.Length == info.Length)
        {
            return known.Value;
        }

        var value = info.Length > Security.InputLimits.TemplateBytes ? null : PropertyIn(file);
        Read[file] = (info.LastWriteTimeUtc, info.Length, value);
        return value;
    }

    /// <summary>The last unconditioned <c>DraftingKitRules</c> of an MSBuild file; conditions are not evaluated, so conditioned ones are left out.</summary>
    private static string? PropertyIn(string file)
    {

        try
        {
            using var reader = new StreamReader(file);
            var document = Security.SafeXml.Load(reader, LoadOptions.None, Security.InputLimits.TemplateBytes);
            string? value = null;
            foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "DraftingKitRules"))
            {
                if (element.Attribute("Condition") is null && element.Parent?.Attribute("Condition") is null)
                {
                    value = element.Value.Trim();
                }
            }

            return string.IsNullOrEmpty(value) ? null : value;
        }
        catch (Exception exception) when (exception is System.Xml.XmlException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }
}
