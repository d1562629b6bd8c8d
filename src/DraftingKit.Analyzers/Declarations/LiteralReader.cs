using System.Globalization;
using System.Text;
using DraftingKit.Declarations;
using DraftingKit.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Analyzers.Declarations;

/// <summary>
/// Reads the value of a string constant's initializer together with the file position of every character:
/// regular literals with their escape sequences, verbatim literals with doubled quotes, raw literals with their
/// indentation removed, and concatenations of these. Anything else (a reference to another constant) becomes one
/// unit that maps as a whole.
/// </summary>
internal sealed class LiteralReader
{
    private readonly SourceText source;
    private readonly string path;
    private readonly StringBuilder value = new();
    private readonly List<LiteralSegment> segments = new();

    private LiteralReader(SourceText source, string path)
    {
        this.source = source;
        this.path = path;
    }

    /// <summary>The declared text of <paramref name="expression"/>, or null when it is not a string constant.</summary>
    public static DeclaredText? Read(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var tree = expression.SyntaxTree;
        var reader = new LiteralReader(tree.GetText(cancellationToken), tree.FilePath);
        if (!reader.Append(expression, model, cancellationToken))
        {
            return null;
        }

        var span = expression is LiteralExpressionSyntax literal ? ContentSpan(literal.Token) : expression.Span;
        return new DeclaredText(reader.value.ToString(), reader.SpanOf(span), EquatableArray.From(reader.segments));
    }

    /// <summary>The declared text of a numeric literal (<c>[Operative(5)]</c>), one character per character.</summary>
    public static DeclaredText Number(ExpressionSyntax expression)
    {
        var tree = expression.SyntaxTree;
        var reader = new LiteralReader(tree.GetText(), tree.FilePath);
        var text = expression.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            reader.AddCharacter(expression.SpanStart + i, text[i], LiteralKind.Raw);
        }

        return new DeclaredText(text, reader.SpanOf(expression.Span), EquatableArray.From(reader.segments));
    }

    /// <summary>A source span in the engine's terms for a Roslyn text span of this file.</summary>
    public static SourceSpan SpanOf(SyntaxTree tree, TextSpan span)
    {
        var lines = tree.GetLineSpan(span);
        var endPosition = span.Length == 0 ? lines.StartLinePosition : tree.GetText().Lines.GetLinePosition(span.End - 1);
        return new SourceSpan(tree.FilePath, span.Start, span.Length, lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1, endPosition.Line + 1, endPosition.Character + 1);
    }

    private SourceSpan SpanOf(TextSpan span)
    {
        var start = source.Lines.GetLinePosition(span.Start);
        var end = span.Length == 0 ? start : source.Lines.GetLinePosition(span.End - 1);
        return new SourceSpan(path, span.Start, span.Length, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
    }

    private static TextSpan ContentSpan(SyntaxToken token)
    {
        var text = token.Text;
        var open = 0;
        while (open < text.Length && (text[open] == '@' || text[open] == '"'))
        {
            open++;
        }

        var close = 0;
        while (close < text.Length - open && text[text.Length - 1 - close] == '"')
        {
            close++;
        }

        return TextSpan.FromBounds(token.SpanStart + open, token.Span.End - close);
    }

    private bool Append(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Append(parenthesized.Expression, model, cancellationToken);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && IsString(binary, model, cancellationToken):
                return Append(binary.Left, model, cancellationToken) && Append(binary.Right, model, cancellationToken);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return AppendLiteral(literal.Token);
            default:
                var constant = model.GetConstantValue(expression, cancellationToken);
                if (!constant.HasValue || constant.Value is not string text)
                {
                    return false;
                }

                AddUnit(expression.SpanStart, expression.Span.Length, text, LiteralKind.Constant);
                return true;
        }
    }

    private static bool IsString(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType == SpecialType.System_String;

    private bool AppendLiteral(SyntaxToken token)
    {
        var mark = (Value: value.Length, Segments: segments.Count);
        var ok = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken when token.Text.StartsWith("@", System.StringComparison.Ordinal) => ReadVerbatim(token),
            SyntaxKind.StringLiteralToken => ReadRegular(token),
            SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken => ReadRaw(token),
            _ => false,
        };

        // The compiler's own value is the truth: a literal read differently (a form not foreseen here) is kept as
        // one unit rather than mapped wrongly.
        if (ok && value.ToString(mark.Value, value.Length - mark.Value) == token.ValueText)
        {
            return true;
        }

        value.Length = mark.Value;
        segments.RemoveRange(mark.Segments, segments.Count - mark.Segments);
        var content = ContentSpan(token);
        AddUnit(content.Start, content.Length, token.ValueText, LiteralKind.Constant);
        return true;
    }

    private bool ReadRegular(SyntaxToken token)
    {
        var text = token.Text;
        var start = token.SpanStart;
        for (var i = 1; i < text.Length - 1;)
        {
            var c = text[i];
            if (c != '\\')
            {
                AddCharacter(start + i, c, LiteralKind.Regular);
                i++;
                continue;
            }

            if (i + 1 >= text.Length - 1)
            {
                return false;
            }

            var (decoded, length) = Escape(text, i);
            if (decoded is null)
            {
                return false;
            }

            AddUnit(start + i, length, decoded, LiteralKind.Regular);
            i += length;
        }

        return true;
    }

    private static (string? Value, int Length) Escape(string text, int at)
    {
        var kind = text[at + 1];
        switch (kind)
        {
            case '\'': return ("'", 2);
            case '"': return ("\"", 2);
            case '\\': return ("\\", 2);
            case '0': return ("\0", 2);
            case 'a': return ("\a", 2);
            case 'b': return ("\b", 2);
            case 'f': return ("\f", 2);
            case 'n': return ("\n", 2);
            case 'r': return ("\r", 2);
            case 't': return ("\t", 2);
            case 'v': return ("\v", 2);
            case 'u':
                return Hex(text, at + 2, 4, 4) is { } u ? (((char)u).ToString(), 6) : (null, 0);
            case 'U':
                return Hex(text, at + 2, 8, 8) is { } code && code <= 0x10FFFF ? (char.ConvertFromUtf32(code), 10) : (null, 0);
            case 'x':
            {
                var digits = 0;
                while (digits < 4 && at + 2 + digits < text.Length - 1 && IsHex(text[at + 2 + digits]))
                {
                    digits++;
                }

                return digits > 0 && Hex(text, at + 2, digits, digits) is { } x ? (((char)x).ToString(), 2 + digits) : (null, 0);
            }

            default:
                return (null, 0);
        }
    }

    private static int? Hex(string text, int start, int min, int max)
    {
        if (start + max > text.Length)
        {
            return null;
        }

        return int.TryParse(text.Substring(start, max), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) && max >= min ? code : null;
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private bool ReadVerbatim(SyntaxToken token)
    {
        var text = token.Text;
        var start = token.SpanStart;
        for (var i = 2; i < text.Length - 1;)
        {
            if (text[i] == '"' && i + 1 < text.Length - 1 && text[i + 1] == '"')
            {
                AddUnit(start + i, 2, "\"", LiteralKind.Verbatim);
                i += 2;
                continue;
            }

            AddCharacter(start + i, text[i], LiteralKind.Verbatim);
            i++;
        }

        return true;
    }

    private bool ReadRaw(SyntaxToken token)
    {
        var text = token.Text;
        var start = token.SpanStart;
        var quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
        {
            for (var i = quotes; i < text.Length - quotes; i++)
            {
                AddCharacter(start + i, text[i], LiteralKind.Raw);
            }

            return true;
        }

        // Multi-line: the content lines sit between the opening line and the closing line, whose white space is
        // the indentation removed from every content line.
        var lines = SplitLines(text);
        if (lines.Count < 3)
        {
            return false;
        }

        var closing = lines[lines.Count - 1];
        var indent = 0;
        while (indent < closing.Length && text[closing.Start + indent] is ' ' or '\t')
        {
            indent++;
        }

        for (var l = 1; l < lines.Count - 1; l++)
        {
            var line = lines[l];
            var from = line.Start + System.Math.Min(indent, line.Length);
            var to = l < lines.Count - 2 ? line.Start + line.Length + line.Break : line.Start + line.Length;
            for (var i = from; i < to; i++)
            {
                AddCharacter(start + i, text[i], LiteralKind.Raw);
            }
        }

        return true;
    }

    private static List<(int Start, int Length, int Break)> SplitLines(string text)
    {
        var lines = new List<(int, int, int)>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                var breakLength = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                lines.Add((lineStart, i - lineStart, breakLength));
                i += breakLength - 1;
                lineStart = i + 1;
            }
        }

        lines.Add((lineStart, text.Length - lineStart, 0));
        return lines;
    }

    /// <summary>Adds one character that is itself in the file; runs of them on one line form one segment.</summary>
    private void AddCharacter(int position, char c, LiteralKind kind)
    {
        if (segments.Count > 0)
        {
            var last = segments[segments.Count - 1];
            var lastChar = value.Length > 0 ? value[value.Length - 1] : '\0';
            if (last.IsVerbatim && last.Kind == kind && last.SourceEnd == position && last.TextEnd == value.Length && lastChar != '\n')
            {
                segments[segments.Count - 1] = last with { TextLength = last.TextLength + 1, SourceLength = last.SourceLength + 1 };
                value.Append(c);
                return;
            }
        }

        var at = source.Lines.GetLinePosition(position);
        segments.Add(new LiteralSegment(value.Length, 1, position, 1, at.Line + 1, at.Character + 1, kind));
        value.Append(c);
    }

    /// <summary>Adds a unit: source characters that stand for <paramref name="text"/> only as a whole.</summary>
    private void AddUnit(int position, int length, string text, LiteralKind kind)
    {
        if (text.Length == 0)
        {
            return;
        }

        var at = source.Lines.GetLinePosition(position);
        segments.Add(new LiteralSegment(value.Length, text.Length, position, length, at.Line + 1, at.Character + 1, kind));
        value.Append(text);
    }
}
