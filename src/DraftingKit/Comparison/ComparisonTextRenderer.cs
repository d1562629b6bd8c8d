using System.Text;

namespace DraftingKit.Comparison;

/// <summary>
/// A comparison as plain text or Markdown: the summary, then each unit on its own line with a sign for what happened
/// to it, deletions as <c>[-…-]</c> and insertions as <c>{+…+}</c> (Markdown: <c>&lt;del&gt;</c> and
/// <c>&lt;ins&gt;</c>, italics kept), and the footnotes after the text.
/// </summary>
public static class ComparisonTextRenderer
{
    /// <summary>The comparison as marked plain text.</summary>
    public static string Render(TextComparison comparison) => Write(comparison, markdown: false);

    /// <summary>The comparison as Markdown.</summary>
    public static string RenderMarkdown(TextComparison comparison) => Write(comparison, markdown: true);

    private static string Write(TextComparison comparison, bool markdown)
    {
        var numbers = new NoteNumbers(comparison);
        var marks = markdown
            ? new MarkedInline
            {
                Insertion = ("<ins>", "</ins>"),
                Deletion = ("<del>", "</del>"),
                Italic = ("*", "*"),
                Bold = ("**", "**"),
                Escape = EscapeMarkdown,
                Note = number => "<sup>" + number + "</sup>",
                Break = "<br>",
            }
            : new MarkedInline();
        var output = new StringBuilder();
        var separator = markdown ? "\n\n" : "\n";
        output.Append(markdown ? "# " : string.Empty).Append(comparison.Heading).Append(separator);
        foreach (var section in comparison.Sections)
        {
            output.Append(markdown ? "- " : string.Empty).Append(section).Append('\n');
        }

        output.Append('\n');
        foreach (var unit in comparison.Units)
        {
            WriteUnit(output, unit, marks, numbers, markdown);
            output.Append(separator);
        }

        if (numbers.Ordered.Count > 0)
        {
            output.Append(markdown ? "\n## Footnotes\n\n" : "\nFootnotes\n\n");
            foreach (var key in numbers.Ordered)
            {
                if (comparison.Notes.TryGetValue(key, out var note))
                {
                    WriteUnit(output, note, marks, numbers, markdown, numbers.Of(key) + ".");
                    output.Append(separator);
                }
            }
        }

        return output.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteUnit(StringBuilder output, AlignedUnit unit, MarkedInline marks, NoteNumbers numbers, bool markdown, string? number = null)
    {
        var sign = unit.Kind switch
        {
            ChangeKind.New or ChangeKind.Moved => "+",
            ChangeKind.Deleted or ChangeKind.MovedAway => "-",
            ChangeKind.Changed => "~",
            ChangeKind.Renumbered => "#",
            ChangeKind.Respaced => "=",
            _ => " ",
        };
        var whole = unit.Kind is ChangeKind.New or ChangeKind.Moved or ChangeKind.Deleted or ChangeKind.MovedAway;
        if (markdown)
        {
            // A sign in code spans keeps each unit one paragraph whatever its first character.
            output.Append('`').Append(sign).Append("` ");
        }
        else
        {
            output.Append(sign).Append(' ');
        }

        if (unit.Note is { } note)
        {
            output.Append('(').Append(note).Append(") ");
        }

        if (number is not null)
        {
            output.Append(number).Append(' ');
        }

        var open = whole ? (unit.Kind is ChangeKind.New or ChangeKind.Moved ? marks.Insertion.Open : marks.Deletion.Open) : string.Empty;
        var close = whole ? (unit.Kind is ChangeKind.New or ChangeKind.Moved ? marks.Insertion.Close : marks.Deletion.Close) : string.Empty;
        output.Append(open);
        marks.Write(output, unit.LabelEdits, numbers, marked: !whole);
        marks.Write(output, unit.Edits, numbers, marked: !whole);
        output.Append(close);
    }

    private static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
