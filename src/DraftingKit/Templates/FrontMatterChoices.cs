using DraftingKit.Model;

namespace DraftingKit.Templates;

/// <summary>
/// The front matter keys a drafter writes, and the values of those that take one of a known set, for an editor's
/// completion: the keys are the template format's (<see cref="FrontMatterReader.Keys"/>) but those the importer
/// writes to carry the UN's AKN markup ("akn-…"); organs, languages and their names come from the data the reader
/// reads them by (<c>Model/organs.tsv</c>, <see cref="DocumentLanguage.Official"/>).
/// </summary>
internal static class FrontMatterChoices
{
    public static IEnumerable<string> Keys => FrontMatterReader.Keys.Where(key => !key.StartsWith("akn-", StringComparison.Ordinal));

    public static IReadOnlyList<string> ValuesOf(string key) => key switch
    {
        "kind" => new[] { "resolution", "decision" },
        "status" => new[] { "draft", "adopted" },
        "organ" => OrganTable.Known.Select(organ => organ.Name).ToArray(),
        "distribution" => new[] { "General", "Limited" },
        "original-language" => DocumentLanguage.Official.Select(language => language.Name).ToArray(),
        "language" => DocumentLanguage.Official.Select(language => language.Code).ToArray(),
        _ => Array.Empty<string>(),
    };
}
