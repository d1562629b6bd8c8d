using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// Small pieces of C# source text: literals in invariant culture, calls laid out on one line when short and one
/// argument per line when not. The same input always gives the same text.
/// </summary>
internal static class CSharpCode
{
    private const int LineWidth = 100;
    private const string Indent = "    ";

    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(int? value) => value is int number ? Int(number) : "null";

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary><c>head(a, b)</c> on one line, or with each argument on its own indented line.</summary>
    public static string Call(string head, IReadOnlyList<string> arguments)
    {
        var width = head.Length + 2;
        var multiline = false;
        foreach (var argument in arguments)
        {
            width += argument.Length + 2;
            multiline |= argument.IndexOf('\n') >= 0;
        }

        if (!multiline && width <= LineWidth)
        {
            return head + "(" + string.Join(", ", arguments) + ")";
        }

        var builder = new StringBuilder(head).Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            builder.Append('\n').Append(Indent).Append(Indented(arguments[i])).Append(i < arguments.Count - 1 ? "," : ")");
        }

        return builder.ToString();
    }

    /// <summary><c>new T { A = a, B = b, }</c>, one member per line.</summary>
    public static string Initializer(string type, IReadOnlyList<KeyValuePair<string, string>> members)
    {
        if (members.Count == 0)
        {
            return "new " + type + "()";
        }

        var builder = new StringBuilder("new ").Append(type).Append("\n{");
        foreach (var member in members)
        {
            builder.Append('\n').Append(Indent).Append(member.Key).Append(" = ").Append(Indented(member.Value)).Append(',');
        }

        return builder.Append("\n}").ToString();
    }

    /// <summary>Indents every line of <paramref name="code"/> after the first by one level.</summary>
    public static string Indented(string code) => code.Replace("\n", "\n" + Indent);

    /// <summary>Indents every line of a block by <paramref name="levels"/>, leaving empty lines empty.</summary>
    public static string Block(string code, int levels)
    {
        var prefix = new string(' ', 4 * levels);
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].Length == 0 ? lines[i] : prefix + lines[i];
        }

        return string.Join("\n", lines);
    }

    /// <summary>Text for an XML doc comment: &amp;, &lt; and &gt; escaped, line breaks as spaces.</summary>
    public static string XmlText(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
