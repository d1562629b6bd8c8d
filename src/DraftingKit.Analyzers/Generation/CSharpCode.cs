using Microsoft.CodeAnalysis.CSharp;

namespace DraftingKit.Analyzers.Generation;

/// <summary>Small pieces of C# source text: string literals and XML documentation text, the same for the same input.</summary>
internal static class CSharpCode
{
    /// <summary>A C# string literal, every control character escaped.</summary>
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Text for an XML doc comment: &amp;, &lt; and &gt; escaped, line breaks as spaces.</summary>
    public static string XmlText(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
