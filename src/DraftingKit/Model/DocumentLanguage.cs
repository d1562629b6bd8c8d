namespace DraftingKit.Model;

/// <summary>
/// The language a text is written in, one of the six official languages of the United Nations, with the codes each
/// format declares it by: the template's <c>language</c> key and HTML's <c>lang</c> (ISO 639-1, "fr"), AKN4UN's
/// <c>FRBRlanguage</c> and FRBR expression (ISO 639-2, "fra", as the UN's files write it) and Word's <c>w:lang</c>
/// ("fr-FR"). English is the default: a template without the key, a file that does not say.
/// </summary>
public sealed record DocumentLanguage
{
    private DocumentLanguage(string code, string aknCode, string wordTag, string name)
    {
        Code = code;
        AknCode = aknCode;
        WordTag = wordTag;
        Name = name;
    }

    /// <summary>English, as the Secretariat edits it (British spelling: Word's "en-GB").</summary>
    public static DocumentLanguage English { get; } = new("en", "eng", "en-GB", "English");

    /// <summary>The six official languages.</summary>
    public static IReadOnlyList<DocumentLanguage> Official { get; } = new[]
    {
        new DocumentLanguage("ar", "ara", "ar-SA", "Arabic"),
        new DocumentLanguage("zh", "zho", "zh-CN", "Chinese"),
        English,
        new DocumentLanguage("fr", "fra", "fr-FR", "French"),
        new DocumentLanguage("ru", "rus", "ru-RU", "Russian"),
        new DocumentLanguage("es", "spa", "es-ES", "Spanish"),
    };

    /// <summary>ISO 639-1: the template's <c>language</c> key and HTML's <c>lang</c> ("fr").</summary>
    public string Code { get; }

    /// <summary>ISO 639-2, as AKN4UN writes it in <c>FRBRlanguage</c> and the FRBR expression ("fra").</summary>
    public string AknCode { get; }

    /// <summary>Word's language tag for the text's proofing ("fr-FR").</summary>
    public string WordTag { get; }

    /// <summary>The language's English name ("French").</summary>
    public string Name { get; }

    /// <summary>True for English, the language the drafting rules and the lead vocabulary read.</summary>
    public bool IsEnglish => ReferenceEquals(this, English);

    /// <summary>
    /// The official language <paramref name="value"/> names by any of its codes or its English name ("fr", "fra",
    /// "fre", "French", "fr-FR"), ignoring case; null for any other value.
    /// </summary>
    public static DocumentLanguage? Find(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var language in Official)
        {
            if (string.Equals(text, language.Code, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, language.AknCode, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, language.WordTag, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, language.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, BibliographicCode(language), StringComparison.OrdinalIgnoreCase))
            {
                return language;
            }
        }

        return null;
    }

    // ISO 639-2/B, the older bibliographic codes some files still use for two of the six ("fre", "chi").
    private static string? BibliographicCode(DocumentLanguage language) => language.Code switch
    {
        "fr" => "fre",
        "zh" => "chi",
        _ => null,
    };
}
