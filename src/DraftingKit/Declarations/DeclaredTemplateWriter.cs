using System.Globalization;
using DraftingKit.Model;

namespace DraftingKit.Declarations;

/// <summary>
/// Writes a C#-declared resolution as the template a drafter would have written (front matter, formula,
/// paragraphs, subparagraphs, footnotes), recording where every character came from. The template reader then
/// reads it like any template, so the C# declaration gets the same model and the same rules.
/// </summary>
internal static class DeclaredTemplateWriter
{
    public static TemplateMap Write(DeclaredResolution declaration)
    {
        var map = new TemplateMap(declaration.Path);
        var anchor = declaration.NameSpan;
        WriteFrontMatter(declaration, map, anchor);

        var preamble = new List<DeclaredMember>();
        var operative = new List<DeclaredMember>();
        var footnotes = new List<DeclaredMember>();
        var current = preamble;
        foreach (var member in declaration.Members)
        {
            switch (member.Role)
            {
                case DeclaredRole.Preambular:
                    current = preamble;
                    preamble.Add(member);
                    break;
                case DeclaredRole.Operative:
                    current = operative;
                    operative.Add(member);
                    break;
                case DeclaredRole.Subparagraph:
                    // A subparagraph goes with the paragraph declared above it.
                    current.Add(member);
                    break;
                case DeclaredRole.Footnote:
                    footnotes.Add(member);
                    break;
            }
        }

        var organ = OrganOf(declaration);
        var lettered = declaration.Kind == DocumentKind.Decision;
        if (lettered && preamble.Count == 0 && operative.Count == 1)
        {
            // "The Economic and Social Council decides to …": the one paragraph runs on from the formula.
            map.Write(organ.FormulaSubject + " ", anchor);
            Body(map, operative[0]);
            map.Write("\n\n", anchor);
            operative.Clear();
        }
        else
        {
            map.Write(organ.FormulaSubject + (lettered ? ":" : ",") + "\n\n", anchor);
        }

        WriteParagraphs(map, preamble, numbered: false, lettered);
        WriteParagraphs(map, operative, numbered: true, lettered);
        foreach (var footnote in footnotes)
        {
            map.Write("[^" + footnote.Label + "]: ", footnote.NameSpan);
            Body(map, footnote);
            map.Write("\n\n", footnote.NameSpan);
        }

        return map;
    }

    private static void WriteParagraphs(TemplateMap map, List<DeclaredMember> members, bool numbered, bool lettered)
    {
        var paragraph = 0;
        var letter = 0;
        var roman = 0;
        foreach (var member in members)
        {
            if (member.Role == DeclaredRole.Subparagraph)
            {
                var indent = numbered ? "   " : string.Empty;
                if (member.Level >= 2)
                {
                    roman++;
                    map.Write(indent + "(" + Numerals.ToRoman(roman).ToLowerInvariant() + ") ", member.NameSpan);
                }
                else
                {
                    letter++;
                    roman = 0;
                    map.Write(indent + "(" + Numerals.ToLetters(letter) + ") ", member.NameSpan);
                }

                Body(map, member);
                map.Write("\n\n", member.NameSpan);
                continue;
            }

            paragraph++;
            letter = 0;
            roman = 0;
            if (numbered)
            {
                if (lettered)
                {
                    map.Write("(" + Numerals.ToLetters(paragraph) + ") ", member.NameSpan);
                }
                else if (member.Number is { } written && IsNumber(written.Value))
                {
                    // The number written in [Operative(5)] is the template's number, so a wrong one is reported
                    // on it and the renumbering fix edits it.
                    map.Copy(written, 0, written.Value.Length);
                    map.Write(". ", member.NameSpan);
                }
                else if (!IsSingle(members))
                {
                    // A single operative paragraph is not numbered (UN Editorial Manual); the reader knows it as
                    // the last paragraph of the text.
                    map.Write(paragraph.ToString(CultureInfo.InvariantCulture) + ". ", member.NameSpan);
                }
            }

            Body(map, member);
            map.Write("\n\n", member.NameSpan);
        }
    }

    private static bool IsSingle(List<DeclaredMember> members)
    {
        var paragraphs = 0;
        foreach (var member in members)
        {
            if (member.Role != DeclaredRole.Subparagraph)
            {
                paragraphs++;
            }
        }

        return paragraphs == 1;
    }

    private static bool IsNumber(string value)
    {
        if (value.Length == 0 || value.Length > 4)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Copies a paragraph's text. A line break inside a multi-line literal, with the white space around it, is
    /// folded to one space: the printed paragraph is one line, and a blank line would end it.
    /// </summary>
    private static void Body(TemplateMap map, DeclaredMember member)
    {
        var text = member.Text;
        var value = text.Value;
        var start = 0;
        while (start < value.Length && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        var end = value.Length;
        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        var run = start;
        var i = start;
        while (i < end)
        {
            if (value[i] is '\n' or '\r')
            {
                var from = i;
                while (from > run && value[from - 1] is ' ' or '\t')
                {
                    from--;
                }

                var to = i;
                while (to < end && char.IsWhiteSpace(value[to]))
                {
                    to++;
                }

                map.Copy(text, run, from - run);
                map.Replace(" ", text, from, to - from);
                run = to;
                i = to;
                continue;
            }

            i++;
        }

        map.Copy(text, run, end - run);
    }

    private static void WriteFrontMatter(DeclaredResolution declaration, TemplateMap map, SourceSpan anchor)
    {
        map.Write("---\n", anchor);
        map.Write("kind: " + (declaration.Kind == DocumentKind.Decision ? "decision" : "resolution") + "\n", anchor);
        map.Write("status: " + (declaration.Field("adopted") is null ? "draft" : "adopted") + "\n", anchor);
        foreach (var field in declaration.Fields)
        {
            map.Write(field.Key + ": \"", field.Value.Span);
            var value = field.Value;
            var run = 0;
            for (var i = 0; i < value.Value.Length; i++)
            {
                var c = value.Value[i];
                if (c is '"' or '\\' || char.IsControl(c))
                {
                    map.Copy(value, run, i - run);
                    map.Replace(c switch { '"' => "\\\"", '\\' => "\\\\", _ => " " }, value, i, 1);
                    run = i + 1;
                }
            }

            map.Copy(value, run, value.Value.Length - run);
            map.Write("\"\n", field.Value.Span);
        }

        map.Write("---\n\n", anchor);
    }

    private static Organ OrganOf(DeclaredResolution declaration) =>
        declaration.Field("organ")?.Value.Value is { Length: > 0 } name ? Organ.Find(name) ?? Organ.Other(name.Trim()) : Organ.GeneralAssembly;
}
