using System.Text;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// The FRBR identifiers of an AKN4UN rendering, built as the UN's own files build them: the work
/// <c>/akn/un/statement/deliberation/unga/2021-12-16/76-162/</c> (organ, date of adoption, number), the
/// expression in the text's language <c>…/eng@/</c> and the XML manifestation <c>…/eng@.xml</c>, each with a <c>!main</c> "this".
/// </summary>
internal sealed record AknIdentifiers(
    string WorkUri,
    string WorkDate,
    string WorkDateName,
    string ExpressionDate,
    string OrganCode,
    string AuthorId,
    string AuthorOntologyName)
{
    /// <summary>
    /// The first session of the General Assembly whose files name a collection of parts by its number alone
    /// ("77-256", its components "77-256A" and "77-256B") and a part issued on its own with its letter ("77-253B");
    /// the files of sessions 75–76 do the reverse ("75-101A-B", "75-253"). Measured on session 77: 3 of 3
    /// collections and 4 of 5 parts issued alone.
    /// </summary>
    public const int PartLetterSession = 77;

    /// <summary>True when the work names follow the convention of sessions from <see cref="PartLetterSession"/> on.</summary>
    public bool LettersOnParts { get; init; }


    public string WorkThis(string component) => WorkUri + "!" + component + "/";

    /// <summary>The expression's language as FRBR names it ("eng", "fra"): the text's language.</summary>
    public string LanguageCode { get; init; } = DocumentLanguage.English.AknCode;

    public string ExpressionUri => WorkUri + LanguageCode + "@/";

    public string ExpressionThis(string component) => WorkUri + LanguageCode + "@!" + component + "/";

    public string ManifestationUri => WorkUri + LanguageCode + "@.xml";

    public string ManifestationThis(string component) => WorkUri + LanguageCode + "@/!" + component + ".xml";

    /// <summary>
    /// The identifiers of part <paramref name="designation"/> of the text ("75-101A"), or of the collection of its
    /// parts ("75-101A-B"), as the UN's files of multi-part resolutions name them.
    /// </summary>
    public AknIdentifiers ForPart(string designation) =>
        this with { WorkUri = WorkUri.Substring(0, WorkUri.Length - 1) + UriSegment(designation) + "/" };

    /// <summary>The identifiers of the collection of parts <paramref name="first"/> to <paramref name="last"/>: "75-101A-B", or "77-256" from session 77.</summary>
    public AknIdentifiers ForCollection(string first, string last) => LettersOnParts ? this : ForPart(first + "-" + last);

    /// <summary>The identifiers of a text that is one part issued on its own ("B"): "75-253", or "77-253B" from session 77.</summary>
    public AknIdentifiers ForPartAlone(string? designation) => LettersOnParts && designation is { Length: > 0 } ? ForPart(designation) : this;

    /// <summary>Identifiers for <paramref name="header"/>; a draft is identified by its symbol and date of issue.</summary>
    public static AknIdentifiers For(DocumentHeader header)
    {
        var (code, author, ontology) = OrganNames(header.Organ);
        var adopted = header.Status == DocumentStatus.Adopted && header.Adopted is not null;
        var date = (adopted ? header.Adopted : header.Issued ?? header.Adopted)?.ToIsoString() ?? "0001-01-01";
        var expressionDate = (header.Issued ?? header.Adopted)?.ToIsoString() ?? date;
        var name = adopted && header.Number is { } number
            ? UriSegment(header.Organ.Numbering == OrganNumbering.NumberAndYear ? number.Replace("(", string.Empty).Replace(")", string.Empty) : number)
            : header.Symbol is { } symbol ? UriSegment(symbol) : "draft";
        var workUri = "/akn/un/statement/deliberation/" + code + "/" + date + "/" + name + "/";
        return new AknIdentifiers(workUri, date, adopted ? "adoption" : "issuance", expressionDate, code, author, ontology)
        {
            LettersOnParts = header.Organ == Organ.GeneralAssembly && header.Session is >= PartLetterSession,
            LanguageCode = header.Language.AknCode,
        };
    }

    /// <summary>"74/177" → "74-177", "A/C.3/74/L.11" → "A-C.3-74-L.11": slashes become hyphens, anything else unsafe is dropped.</summary>
    private static string UriSegment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '/' || c == ' ')
            {
                builder.Append('-');
            }
            else if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '(' or ')')
            {
                builder.Append(c);
            }
        }

        var segment = builder.ToString().Trim('-');
        return segment.Length == 0 ? "draft" : segment;
    }

    /// <summary>
    /// The organ's code in the work URI, its author id in <c>FRBRauthor</c> and its ontology name: "unga", "ga",
    /// "generalAssembly" for the General Assembly, as in the UN's files (Model/organs.tsv); derived from the name
    /// for an organ DraftingKit does not know.
    /// </summary>
    private static (string Code, string Author, string Ontology) OrganNames(Organ organ)
    {
        if (organ.AknNames is { } names)
        {
            return names;
        }

        var initials = new StringBuilder();
        var ontology = new StringBuilder();
        foreach (var word in organ.Name.Split(' '))
        {
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                continue;
            }

            ontology.Append(ontology.Length == 0 ? char.ToLowerInvariant(word[0]) : char.ToUpperInvariant(word[0]));
            ontology.Append(word.Substring(1).ToLowerInvariant());
            if (char.IsUpper(word[0]))
            {
                initials.Append(char.ToLowerInvariant(word[0]));
            }
        }

        var code = initials.Length == 0 ? "un" : initials.ToString();
        var name = ontology.Length == 0 ? "organ" : Ascii(ontology.ToString());
        return (code, code, name);
    }

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? "organ" : builder.ToString();
    }
}
