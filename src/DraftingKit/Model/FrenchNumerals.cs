namespace DraftingKit.Model;

/// <summary>
/// Numbers in words as the UN's French texts write sessions: "soixante-quinzième", "soixante et onzième",
/// "quatre-vingt-unième" (the traditional spelling the United Nations keeps: hyphens within tens and units, "et"
/// before "un" and "onze" from twenty to seventy).
/// </summary>
public static class FrenchNumerals
{
    private static readonly string[] Units =
    {
        string.Empty, "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
        "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    };

    private static readonly string[] Tens = { string.Empty, string.Empty, "vingt", "trente", "quarante", "cinquante", "soixante" };

    /// <summary>1 → "un", 71 → "soixante et onze", 80 → "quatre-vingts", 99 → "quatre-vingt-dix-neuf"; 1 to 99.</summary>
    public static string ToWords(int number)
    {
        if (number is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "French words are written here for 1 to 99.");
        }

        if (number < 20)
        {
            return Units[number];
        }

        // Seventy and ninety count on from sixty and eighty by the teens: "soixante-douze", "quatre-vingt-dix-huit".
        var (ten, unit) = number >= 80 ? ("quatre-vingt", number - 80) : number >= 60 ? ("soixante", number - 60) : (Tens[number / 10], number % 10);
        return unit switch
        {
            0 => ten == "quatre-vingt" ? "quatre-vingts" : ten,
            1 or 11 when ten != "quatre-vingt" => ten + " et " + Units[unit],
            _ => ten + "-" + Units[unit],
        };
    }

    /// <summary>75 → "soixante-quinzième", 1 → "première" (a session is feminine), 80 → "quatre-vingtième".</summary>
    public static string ToOrdinalWords(int number)
    {
        if (number == 1)
        {
            return "première";
        }

        var words = ToWords(number);
        var cut = words.LastIndexOfAny(new[] { ' ', '-' }) + 1;
        var last = words.Substring(cut);
        var ordinal = last switch
        {
            "cinq" => "cinquième",
            "neuf" => "neuvième",
            "vingts" => "vingtième",
            _ when last.EndsWith("e", StringComparison.Ordinal) => last.Substring(0, last.Length - 1) + "ième",
            _ => last + "ième",
        };
        return words.Substring(0, cut) + ordinal;
    }
}
