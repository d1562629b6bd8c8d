using System.Text;
using CsCheck;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// Generators of what a drafter, a broken editor or an attacker can put in a template: random bytes, invalid
/// UTF-8, random edits of the real seed templates, huge lines, deep nesting, floods of footnotes, emphasis
/// that never closes and front matter of every wrong shape.
/// </summary>
internal static class HostileInputs
{
    /// <summary>The real templates mutations start from: the sample 74/177 and the 35 imported seed templates.</summary>
    public static readonly string[] Seeds = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
        .OrderBy(path => path, StringComparer.Ordinal)
        .Prepend(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"))
        .Select(File.ReadAllText)
        .ToArray();

    /// <summary>Pieces that mean something to the template format, to YAML, to Markdown or to the rules.</summary>
    public static readonly string[] Tokens =
    {
        "*", "**", "_", "__", "***", "[^1]", "[^1]: ", "\n[^9]: note\n", "[^", "]", "[", "](", "(", ")", "\n", "\n\n", "---\n", "1. ", "\n1. ",
        "\n    (a) ", "\n   (i) ", "# ", "\n# Annex\n", "\n# A. Part\n", "> ", "|", "`", "```\n", "<sup>1</sup>", "&amp;", "&#0;", "\r", "\r\n", "\t",
        "\u2028", "\0", "\uFEFF", "😀", "\uD800", "\uDC00", "\u0301", "“", "”", "‘", "resolution 74/177 of 18 December 2019", "resolutions 1/1 and 2/2",
        "the seventy third session", "30 February 2019", "December 18, 2019", "\\", "<!--", "-->", "kind: ", "session: ", ": ", "'", "\"", "{", "&a ", "*a",
        "*Recalling* ", "*Requests* ", "*Also requests* ", "*The General Assembly,*", ";", ",", ".", "entitled “", "A/RES/74/177", "S-30/1", "ES-10/1",
    };

    public static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[0, 3000];

    /// <summary>A seed template with invalid UTF-8 sequences spliced in: bad lead bytes, lone continuations, overlongs, surrogates, truncations.</summary>
    public static readonly Gen<byte[]> InvalidUtf8 = Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Select(Gen.Double[0, 1], Gen.Int[0, 7]).Array[1, 20], (seed, splices) =>
    {
        byte[][] bad = { new byte[] { 0xFF }, new byte[] { 0x80 }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xFE, 0xFF }, new byte[] { 0xEF, 0xBB, 0xBF } };
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Seeds[seed]));
        foreach (var (where, which) in splices)
        {
            bytes.InsertRange((int)(where * bytes.Count), bad[which]);
        }

        return bytes.ToArray();
    });

    /// <summary>A seed template after a dozen random edits: tokens inserted, stretches deleted, duplicated or overwritten.</summary>
    public static readonly Gen<string> MutatedSeed = Gen.Select(
        Gen.Int[0, Seeds.Length - 1],
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[0, Tokens.Length - 1], Gen.Int[1, 400]).Array[1, 12],
        (seed, edits) => Mutate(Seeds[seed], edits));

    /// <summary>
    /// One paragraph of tens of thousands of characters: citations, dates, sessions, markers, plain words; at most
    /// 5,000 pieces, so that the longest (39 characters) stays within the line limit and is linted, not refused.
    /// </summary>
    public static readonly Gen<string> HugeLine = Gen.Select(Gen.Int[0, 6], Gen.Int[2_000, 5_000], (which, count) =>
    {
        string[] pieces = { "resolution 74/177 of 18 December 2019, ", "the seventy-third session ", "x[^1] ", "a", "*Recalling* ", "“", "1 January 2000 " };
        return Template("*Recalling* " + string.Concat(Enumerable.Repeat(pieces[which], count)) + ",\n\n1. *Requests* the Secretary-General to report.\n\n[^1]: A note.\n");
    });

    /// <summary>Lists, subparagraphs and block quotes within each other, up to hundreds of levels.</summary>
    public static readonly Gen<string> DeepNesting = Gen.Select(Gen.Int[0, 4], Gen.Int[1, 200], (style, depth) =>
    {
        var text = new StringBuilder("1. *Requests* the Secretary-General:\n\n");
        for (var level = 0; level < depth; level++)
        {
            var indent = new string(' ', Math.Min(level, 60) * 4);
            text.Append(style switch
            {
                0 => indent + "- item\n",
                1 => indent + "1. *Decides* to continue;\n",
                2 => indent + "(" + (char)('a' + (level % 26)) + ") item;\n",
                3 => new string('>', level + 1) + " quoted\n",
                // Markdig's bracket matching is superlinear (docs/performance.md): 60 levels keep it within the budget.
                _ => new string('[', level % 60) + "x" + new string(']', level % 60 / 2) + "\n",
            });
        }

        return Template(text.ToString());
    });

    /// <summary>Thousands of footnote markers and definitions: in order, repeated, undefined or never referenced.</summary>
    public static readonly Gen<string> FootnoteFlood = Gen.Select(Gen.Int[0, 3], Gen.Int[1_000, 4_000], (style, count) =>
    {
        var text = new StringBuilder("*Recalling* its resolutions");
        for (var i = 1; i <= count; i++)
        {
            text.Append(" x[^").Append(style == 1 ? 1 : i).Append(']');
        }

        text.Append(",\n\n1. *Requests* the Secretary-General to report.\n\n");
        for (var i = 1; i <= count; i++)
        {
            if (style == 2 && i % 2 == 0)
            {
                continue;
            }

            text.Append("[^").Append(style == 3 ? i + count : i).Append("]: Resolution ").Append(i).Append("/1, annex.\n\n");
        }

        return Template(text.ToString());
    });

    /// <summary>Emphasis markers, brackets and words in any order, never balanced on purpose.</summary>
    public static readonly Gen<string> UnbalancedEmphasis = Gen.OneOf("*", "**", "***", "_", "__", " ", "x", "word", "[^1]", "[", "]", ",", "\n").Array[1, 600]
        .Select(pieces => Template("*Recalling* " + string.Concat(pieces) + ",\n\n1. *Requests* " + string.Concat(pieces.Reverse()) + ".\n\n[^1]: A note.\n"));

    /// <summary>Front matter of every wrong shape: unknown keys, wrong values, YAML syntax errors, aliases, unclosed fences.</summary>
    public static readonly Gen<string> FrontMatter = Gen.Select(
        Gen.Select(Gen.OneOf("kind", "status", "organ", "symbol", "number", "session", "agenda-item", "issued", "adopted", "title", "meeting", "x", "", "- ", "? "),
            Gen.OneOf("resolution", "decision", "74", "-1", "99999999999999999999", "2019-02-30", "0000-00-00", "[1, 2]", "{a: b}", "\"unclosed", "'", "&a [x, x]", "*a", "!!binary AAAA", "|\n  block", ">\n  folded", "~", "null", "../../CON", "A/RES/74/177", "\t", "😀", "\uD800"))
            .Array[0, 30],
        Gen.Bool,
        (lines, closed) =>
        {
            var text = new StringBuilder("---\n");
            foreach (var (key, value) in lines)
            {
                text.Append(key).Append(": ").Append(value).Append('\n');
            }

            return text.Append(closed ? "---\n\n*The General Assembly,*\n\n1. *Decides* to continue.\n" : "\n*The General Assembly,*\n").ToString();
        });

    /// <summary>The front matter of 74/177 above <paramref name="body"/>.</summary>
    public static string Template(string body)
    {
        var sample = Seeds[0];
        var end = sample.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        return sample.Substring(0, end) + "\n*The General Assembly,*\n\n" + body;
    }

    public static string Mutate(string text, IEnumerable<(int Kind, double Where, int Token, int Length)> edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (kind, where, token, length) in edits)
        {
            var at = (int)(where * builder.Length);
            var span = Math.Min(length, builder.Length - at);
            switch (kind)
            {
                case 0:
                    builder.Insert(at, Tokens[token]);
                    break;
                case 1:
                    builder.Remove(at, span);
                    break;
                case 2:
                    builder.Insert(at, builder.ToString(at, span));
                    break;
                default:
                    builder.Remove(at, Math.Min(Tokens[token].Length, builder.Length - at)).Insert(at, Tokens[token]);
                    break;
            }
        }

        return builder.ToString();
    }
}
