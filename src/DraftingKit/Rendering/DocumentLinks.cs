using System;

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
    /// System address when it is a full symbol ("A/RES/73/186"), otherwise null (a short citation such as
    /// "73/186" does not say which organ's series it belongs to).
    /// </summary>
    public static string? AddressOf(string target)
    {
        if (target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(target, UriKind.Absolute, out _) ? target : null;
        }

        return IsFullSymbol(target) ? OfficialDocumentSystem + target : null;
    }

    /// <summary>A symbol opens with a series letter and a slash ("A/", "E/CN.6/", "S/RES/") and has no spaces.</summary>
    private static bool IsFullSymbol(string target)
    {
        if (target.Length < 3 || target.Length > 80 || target[0] is < 'A' or > 'Z' || target.IndexOf('/') < 1)
        {
            return false;
        }

        foreach (var c in target)
        {
            var allowed = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '/' or '.' or '-' or '(' or ')';
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
