using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Corpus;

/// <summary>The AKN4UN resolutions converted to templates once per test run, shared by the rule measurements.</summary>
internal static class CorpusTemplates
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Converted = new(Convert);

    /// <summary>(file name as *.res.md, template text), in file order.</summary>
    public static IReadOnlyList<(string Name, string Text)> All => Converted.Value;

    public static int Skipped { get; private set; }

    private static IReadOnlyList<(string Name, string Text)> Convert()
    {
        var list = new List<(string, string)>();
        foreach (var file in AknTemplateConverter.CorpusFiles(RepositoryPaths.Shared))
        {
            var template = AknTemplateConverter.Convert(file, out _);
            if (template is null)
            {
                Skipped++;
                continue;
            }

            list.Add((Path.GetFileName(file).Replace(".xml", ".res.md", StringComparison.Ordinal), template));
        }

        return list;
    }
}
