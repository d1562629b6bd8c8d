using System.Text;

namespace DraftingKit.Rendering;

/// <summary>
/// Keeps text that XML cannot carry out of the XML formats (HTML, DOCX, AKN): control characters pasted from
/// another document and unpaired surrogates would make the XML writer throw or the file unreadable. Tab and
/// line breaks stay.
/// </summary>
internal static class XmlText
{
    public static string Safe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, i))
            {
                return Filter(text);
            }
        }

        return text;
    }

    private static string Filter(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsAllowed(text, i))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsAllowed(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index > 0 && char.IsHighSurrogate(text[index - 1]);
        }

        return c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');
    }
}
