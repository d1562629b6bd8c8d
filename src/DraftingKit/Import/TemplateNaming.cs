using System.Text;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Names the template of an imported text: from its symbol ("A-RES-74-177.res.md", "A-C.3-68-L.17.res.md"),
/// else from its label and position ("draft-resolution-IV.res.md"; "B-draft-resolution-I.res.md" in a report
/// whose sections A and B each have a draft resolution I; "resolution-26-1.res.md"; "draft-decision.res.md"
/// for the single unlabelled draft decision of a committee report). Two texts never get the same name.
/// </summary>
internal static class TemplateNaming
{
    public const string Extension = Templates.TemplateFile.Extension;

    /// <summary>
    /// The stem, with the language of a text not in English as the UN names its files and the AKN import its
    /// templates: "A-RES-75-274.fra" beside the English "A-RES-75-274".
    /// </summary>
    public static string Stem(TextSegment segment, DocumentHeader header) =>
        header.Language.IsEnglish ? StemInEnglish(segment, header) : StemInEnglish(segment, header) + "." + header.Language.AknCode;

    private static string StemInEnglish(TextSegment segment, DocumentHeader header)
    {
        if ((header.Symbol ?? segment.Symbol) is { } symbol)
        {
            return Safe(symbol);
        }

        if (segment.Label is { } label)
        {
            var stem = Safe(label.Replace(' ', '-').Replace('/', '-'));
            stem = char.ToLowerInvariant(stem[0]) + stem.Substring(1);
            if (label.StartsWith("Draft", System.StringComparison.Ordinal) && segment.Section is { } section)
            {
                stem = section + "-" + stem;
            }

            return stem;
        }

        return header.Kind == DocumentKind.Decision ? "draft-decision" : "draft-resolution";
    }

    /// <summary>Makes the names of <paramref name="stems"/> unique by numbering repeats: "draft-decision-2".</summary>
    public static List<string> Unique(IReadOnlyList<string> stems)
    {
        var used = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(stems.Count);
        foreach (var stem in stems)
        {
            var name = stem;
            for (var i = 2; !used.Add(name); i++)
            {
                name = stem + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names.Add(name + Extension);
        }

        return names;
    }

    private static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var kept = char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-';
            if (kept != '-' || builder.Length == 0 || builder[builder.Length - 1] != '-')
            {
                // "S/RES/2250 (2015)" is "S-RES-2250-2015", as the AKN importer names it: one dash for a run of separators.
                builder.Append(kept);
            }
        }

        var safe = builder.ToString().Trim('.', '-');
        return safe.Length == 0 ? "text" : safe.Length > 100 ? safe.Substring(0, 100) : safe;
    }
}
