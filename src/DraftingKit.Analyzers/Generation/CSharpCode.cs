using Microsoft.CodeAnalysis.CSharp;

namespace DraftingKit.Analyzers.Generation;

/// <summary>Small pieces of C# source text: string literals and XML documentation text, the same for the same input.</summary>
internal static class CSharpCode
{
    /// <summary>A C# string literal, every control character escaped.</summary>
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// Text for an XML doc comment: &amp;, &lt; and &gt; escaped, and every character C# takes as the end of a line
    /// (CR, LF, U+0085, U+2028, U+2029) as a space: any of them would end the comment and make the rest of a
    /// template's title code (SECURITY.md).
    /// </summary>
    public static string XmlText(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace("\r", " ").Replace("\n", " ").Replace("\u0085", " ").Replace("\u2028", " ").Replace("\u2029", " ");
}
