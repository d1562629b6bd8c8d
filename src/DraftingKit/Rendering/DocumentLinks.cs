using System.Text;

namespace DraftingKit.Rendering;

/// <summary>
/// Where a link to a cited document points in formats that carry addresses (HTML, DOCX, AKN). The UN's own AKN
/// files link a cited symbol to the Official Document System through <c>https://undocs.org/en/&lt;symbol&gt;</c>,
/// so a link whose target is a full symbol gets that address.
/// </summary>
internal static class DocumentLinks
{
    private const string OfficialDocumentSystem = "https://undocs.org/en/";

    /// <summary>
    /// The address of <paramref name="target"/>: itself when it is an http(s) address, the Official Document
    /// System address when it is a full symbol ("A/RES/73/186", "A/RES/67/234 B", "A/75/6 (Sect. 2)"), otherwise
    /// null (a short citation such as "73/186" does not say which organ's series it belongs to).
    /// </summary>
    public static string? AddressOf(string target)
    {
        if (target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(target, UriKind.Absolute, out _) ? target : null;
        }

        return IsFullSymbol(target) ? OfficialDocumentSystem + AddressPath(target) : null;
    }

    /// <summary>
    /// A symbol as the Official Document System's addresses write it: the spaces of the printed symbol left out
    /// ("A/RES/67/234 B" → "A/RES/67/234B", "A/75/6 (Sect. 2)" → "A/75/6(Sect.2)", "(Parts I and II)" →
    /// "(PartsIandII)", as the UN's files link them), except a space between two words in lower case, which is
    /// kept as <c>%20</c> so that the words stay apart ("(Plan outline)").
    /// </summary>
    private static string AddressPath(string symbol)
    {
        var path = new StringBuilder(symbol.Length);
        for (var i = 0; i < symbol.Length; i++)
        {
            if (symbol[i] != ' ')
            {
                path.Append(symbol[i]);
            }
            else if (i > 0 && i + 1 < symbol.Length && char.IsLower(symbol[i - 1]) && char.IsLower(symbol[i + 1]))
            {
                path.Append("%20");
            }
        }

        return path.ToString();
    }

    /// <summary>
    /// A symbol opens with a series letter and a slash ("A/", "E/CN.6/", "S/RES/") and holds letters, digits and the
    /// symbol's punctuation. A space stands only where the UN prints one: inside a qualifier ("(Sect. 2)"), before a
    /// qualifier, or before the part letters that end a resolution adopted in parts ("67/234 B", "75/101 A-B").
    /// </summary>
    private static bool IsFullSymbol(string target)
    {
        if (target.Length < 3 || target.Length > 80 || target[0] is < 'A' or > 'Z' || target.IndexOf('/') < 1)
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < target.Length; i++)
        {
            var c = target[i];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            var allowed = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '/' or '.' or '-' or '(' or ')'
                || (c == ' ' && target[i - 1] != ' ' && i + 1 < target.Length && (depth > 0 || target[i + 1] == '(' || IsPartLetters(target.Substring(i + 1))));
            if (!allowed || depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>"B" or "A-B": the parts of a resolution adopted in parts.</summary>
    private static bool IsPartLetters(string tail) =>
        tail.Length switch
        {
            1 => tail[0] is >= 'A' and <= 'Z',
            3 => tail[0] is >= 'A' and <= 'Z' && tail[1] == '-' && tail[2] is >= 'A' and <= 'Z',
            _ => false,
        };
}
