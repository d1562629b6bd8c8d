using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Declarations;

/// <summary>
/// Words the template reader's messages about front matter in the terms of a C# declaration: the attribute and
/// its properties instead of front-matter keys, so that "The front matter has no 'meeting'" reads
/// "The [Resolution] attribute has no Meeting".
/// </summary>
internal static class DeclarationMessages
{
    private static readonly (string Key, string Property)[] Properties =
    {
        ("organ", "Organ"), ("symbol", "Symbol"), ("number", "Number"), ("label", "Label"), ("session", "Session"),
        ("agenda-item", "AgendaItem"), ("agenda-title", "AgendaTitle"), ("distribution", "Distribution"),
        ("issued", "Issued"), ("adopted", "Adopted"), ("reference", "Reference"), ("title", "Title"), ("meeting", "Meeting"),
        ("sponsors", "Sponsors"),
    };

    private static readonly Regex Missing = new(@"^The front matter has no '(?<key>[a-z-]+)'", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Invalid = new(@"^Front-matter key '(?<key>[a-z-]+)'", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Example = new(@"\((?<key>[a-z-]+): (?<value>[^)]*)\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static DraftingDiagnostic Reword(DraftingDiagnostic finding, DocumentKind kind)
    {
        if (finding.Descriptor != TemplateDiagnostics.MissingKey && finding.Descriptor != TemplateDiagnostics.InvalidValue)
        {
            return finding;
        }

        var attribute = kind == DocumentKind.Decision ? "[Decision]" : "[Resolution]";
        var message = Missing.Replace(finding.Message, match => PropertyOf(match.Groups["key"].Value) is { } property
            ? "The " + attribute + " attribute has no " + property
            : match.Value);
        message = Invalid.Replace(message, match => PropertyOf(match.Groups["key"].Value) is { } property
            ? "The property " + property + " of " + attribute
            : match.Value);
        message = Example.Replace(message, match => PropertyOf(match.Groups["key"].Value) is { } property
            ? "(" + property + " = \"" + match.Groups["value"].Value + "\")"
            : match.Value);
        return finding with { Message = message };
    }

    private static string? PropertyOf(string key)
    {
        foreach (var (name, property) in Properties)
        {
            if (name == key)
            {
                return property;
            }
        }

        return null;
    }
}
