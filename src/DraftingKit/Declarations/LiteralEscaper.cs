using System.Globalization;
using System.Text;

namespace DraftingKit.Declarations;

/// <summary>Writes text as the content of a C# string literal of a given kind, for fixes made inside literals.</summary>
public static class LiteralEscaper
{
    /// <summary>
    /// <paramref name="text"/> escaped for a literal of <paramref name="kind"/>; null when that literal cannot hold it
    /// as written (a line break in a raw literal on one line is not known here, so raw text is refused any line break).
    /// </summary>
    public static string? Escape(string text, LiteralKind kind)
    {
        switch (kind)
        {
            case LiteralKind.Verbatim:
                return text.Replace("\"", "\"\"");
            case LiteralKind.Raw:
                return text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0 || text.Contains("\"\"\"") ? null : text;
            case LiteralKind.Regular:
                return EscapeRegular(text);
            default:
                return null;
        }
    }

    private static string EscapeRegular(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
