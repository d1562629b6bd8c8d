using DraftingKit.Model;

namespace DraftingKit.Citations;

/// <summary>The short codes the catalog uses for organs, and the names that texts use for them.</summary>
public static class OrganCodes
{
    /// <summary>Organ names as they precede a citation, with their codes; longest names first.</summary>
    internal static readonly (string Name, string Code)[] Names =
    {
        ("Commission on Crime Prevention and Criminal Justice", "CCPCJ"),
        ("Commission on Population and Development", "CPD"),
        ("Commission on the Status of Women", "CSW"),
        ("Commission for Social Development", "CSocD"),
        ("Economic and Social Council", "ECOSOC"),
        ("Commission on Narcotic Drugs", "CND"),
        ("Human Rights Council", "HRC"),
        ("Commission on Human Rights", "CHR"),
        ("General Assembly", "GA"),
        ("Security Council", "SC"),
    };

    private static readonly Dictionary<string, string> ByName = Build();

    /// <summary>The code of <paramref name="organ"/>, or null when the catalog has no code for it.</summary>
    public static string? Of(Organ organ) => organ.CatalogCode ?? (ByName.TryGetValue(organ.Name, out var code) ? code : null);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (name, code) in Names)
        {
            map[name] = code;
        }

        return map;
    }
}
