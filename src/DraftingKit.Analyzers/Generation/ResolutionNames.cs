using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// How a template is named in code. The class is named from the document symbol when the text has one
/// (<c>A/RES/74/177</c> → <c>A_RES_74_177</c>, hint name <c>Resolutions.A-RES-74-177.g.cs</c>) and otherwise
/// from the file name (<c>draft-resolution.res.md</c> → <c>DraftResolution</c>); the namespace is the project's
/// root namespace followed by <c>Resolutions</c> and, as .NET does for code, the template's folders inside the
/// project (<c>Third/draft-resolution.res.md</c> → <c>MyDrafts.Resolutions.Third</c>), so that drafts of the same
/// file name in different folders do not clash. Every name is a valid C# identifier.
/// </summary>
internal static class ResolutionNames
{

    /// <summary>The folders of a project-relative path as identifiers: "Third/2025/x.res.md" → ["Third", "_2025"].</summary>
    public static IReadOnlyList<string> Folders(string sourcePath)
    {
        var parts = sourcePath.Split('/');
        var folders = new List<string>();
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i].Length > 0 && parts[i] != ".")
            {
                folders.Add(Identifier(parts[i], pascal: false));
            }
        }

        return folders;
    }

    /// <summary>The namespace of the generated classes: "<paramref name="rootNamespace"/>.Resolutions" and the folders.</summary>
    public static string Namespace(string rootNamespace, IReadOnlyList<string> folders)
    {
        var segments = new List<string>();
        foreach (var segment in rootNamespace.Split('.'))
        {
            if (segment.Trim().Length > 0)
            {
                segments.Add(Identifier(segment.Trim(), pascal: false));
            }
        }

        segments.Add("Resolutions");
        segments.AddRange(folders);
        return string.Join(".", segments);
    }

    /// <summary>The class name: from the symbol when there is one, else from the file name.</summary>
    public static string ClassName(string? symbol, string path) =>
        string.IsNullOrWhiteSpace(symbol) ? Identifier(FileStem(path), pascal: true) : Identifier(symbol!.Trim(), pascal: false);

    /// <summary>
    /// The hint name of the generated file: "Resolutions.A-RES-74-177.g.cs", "Resolutions.DraftResolution.g.cs",
    /// or with the folders: "Resolutions.Third.DraftResolution.g.cs".
    /// </summary>
    public static string HintName(string? symbol, string className, IReadOnlyList<string> folders)
    {
        var builder = new StringBuilder("Resolutions.");
        foreach (var folder in folders)
        {
            builder.Append(folder).Append('.');
        }

        if (string.IsNullOrWhiteSpace(symbol))
        {
            return builder.Append(className).Append(".g.cs").ToString();
        }

        foreach (var character in symbol!.Trim())
        {
            builder.Append(character is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' ? character : '-');
        }

        return builder.Append(".g.cs").ToString();
    }

    /// <summary>The file name without folders and without ".res.md".</summary>
    public static string FileStem(string path)
    {
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        return Templates.TemplateFile.Stem(name);
    }

    /// <summary>
    /// <paramref name="text"/> as an identifier. With <paramref name="pascal"/>, words separated by anything
    /// but letters and digits are joined with capitals ("flawed-draft" → "FlawedDraft"); without it, each such
    /// character becomes an underscore ("A/C.3/72/L.11" → "A_C_3_72_L_11"). A leading digit or a keyword gets
    /// an underscore in front.
    /// </summary>
    public static string Identifier(string text, bool pascal)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character) || character == '_')
            {
                builder.Append(pascal && startOfWord ? char.ToUpperInvariant(character) : character);
                startOfWord = false;
            }
            else
            {
                if (!pascal && builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    builder.Append('_');
                }

                startOfWord = true;
            }
        }

        while (!pascal && builder.Length > 1 && builder[builder.Length - 1] == '_')
        {
            builder.Length--;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "_" + identifier : identifier;
    }
}
