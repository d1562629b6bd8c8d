namespace DraftingKit.Templates;

/// <summary>
/// How a template is named on disk, <c>A-RES-74-177.res.md</c>: the one place for the extension that the hosts search
/// for (CLI, analyzer, generator), the importers write and the report includes name.
/// </summary>
public static class TemplateFile
{
    /// <summary>The extension of every template, <c>.res.md</c>.</summary>
    public const string Extension = ".res.md";

    /// <summary>The file pattern of a folder search, <c>*.res.md</c>.</summary>
    public const string SearchPattern = "*" + Extension;

    /// <summary>True when <paramref name="path"/> names a template (the extension compares ignoring case).</summary>
    public static bool IsTemplate(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without the template extension: "draft-resolution-IV.res.md" → "draft-resolution-IV".</summary>
    public static string Stem(string fileName) => IsTemplate(fileName) ? fileName.Substring(0, fileName.Length - Extension.Length) : fileName;
}
