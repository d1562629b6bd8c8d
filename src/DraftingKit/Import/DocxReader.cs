using System.IO;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FootnoteMark = DraftingKit.Model.FootnoteMark;

namespace DraftingKit.Import;

/// <summary>
/// Reads a Word document into the markdown-flavoured text the other import steps read: one paragraph a block, with
/// the label Word's automatic numbering prints before it (<see cref="WordNumbering"/>), runs Word prints in italics
/// (from the run or its styles, <see cref="WordRunFormat"/>) as <c>*…*</c>,
/// footnote references as <c>&lt;sup&gt;n&lt;/sup&gt;</c>, and each footnote's text as a block of its own right after
/// the paragraph that first refers to it (where a page would print it). Fields print their result or the number Word
/// counts for them, never their instructions (<see cref="WordFields"/>); a text box is read once, after the paragraph
/// that anchors it (<see cref="TextBoxes"/>); the text is read with its tracked changes accepted.
/// </summary>
internal static class DocxReader
{
    private const string PrintedTableSpan = DraftingKit.Templates.TableHeaderRows.SpannedCell;

    public static string ToSourceText(Stream stream) => ToSourceText(stream, out _);

    /// <summary>The document's text, and the language most of it is marked in (<see cref="WordLanguage"/>).</summary>
    public static string ToSourceText(Stream stream, out Model.DocumentLanguage? language)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        language = WordLanguage.Of(document);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return string.Empty;
        }

        SmartTags.Unwrap(body);
        TextBoxes.ChooseOne(body);
        var format = new WordRunFormat(document.MainDocumentPart);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart?.Styles;
        var footnotes = new Dictionary<string, string>(StringComparer.Ordinal);
        var footnotesPart = document.MainDocumentPart!.FootnotesPart;
        if (footnotesPart?.Footnotes is { } notes)
        {
            foreach (var footnote in notes.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>())
            {
                var id = footnote.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (id is null || footnote.Type?.Value is { } type && type != FootnoteEndnoteValues.Normal)
                {
                    continue;
                }

                SmartTags.Unwrap(footnote);
                TextBoxes.ChooseOne(footnote);
                var noteFields = WordFields.Of(footnote, styles, document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
                var text = string.Join(" ", Joined(footnote.Descendants<Paragraph>().ToList()).Select(p => ParagraphText(p, format, noteFields, null, null)).Where(t => t.Length > 0));
                if (text.Trim().Length == 0)
                {
                    // A note left empty (LibreOffice writes one for a second reference to a note) has no text to place:
                    // its marker stays in the paragraph, where the footnote gatherer reports it.
                    continue;
                }

                footnotes[id] = text.Trim();
            }
        }

        var bookmarks = FootnoteBookmarks(body);
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        var numbers = WordNoteNumbers.Of(body, footnotes.Keys);
        string Label(string id) => symbols.TryGetValue(id, out var label) ? label : numbers.TryGetValue(id, out var number) ? number : id;
        var numbering = new WordNumbering(document.MainDocumentPart!);
        var fields = WordFields.Of(body, styles, document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
        var output = new StringBuilder();
        foreach (var line in FirstPageMasthead.Lines(document.MainDocumentPart!, body))
        {
            output.Append(Escape(line)).Append("\n\n");
        }

        // Where the text proper begins: a table before it may be the masthead.
        var mastheadEnd = output.Length;

        var joinedOn = new HashSet<Paragraph>();
        foreach (var element in body.Descendants())
        {
            var referenced = new List<string>();
            string text;
            if (element is Table masthead && output.Length == mastheadEnd && FirstPageMasthead.OfTable(masthead) is { } mastheadFields)
            {
                // The masthead set as a table at the text's top: its header fields, one a line.
                text = string.Join("\n\n", mastheadFields.Select(Escape));
            }
            else if (element is Table table && !table.Ancestors<Table>().Any())
            {
                text = TableText(table, cell => string.Join(" ", Joined(cell.Descendants<Paragraph>().ToList()).Select(p => ParagraphText(p, format, fields, referenced, bookmarks, marks, symbols, numbers).Trim()).Where(t => t.Length > 0)));
            }
            else if (element is Paragraph paragraph && !paragraph.Ancestors<Table>().Any() && !Removed(paragraph) && !joinedOn.Contains(paragraph))
            {
                // A paragraph whose mark alone is deleted is one with the paragraph after it, as Word prints it once
                // the change is accepted: one paragraph, with the first one's number.
                var joined = JoinedFrom(paragraph);
                joinedOn.UnionWith(joined.Skip(1));

                // Word's automatic numbering prints a label the text does not hold ("1.", "(a)"); an empty numbered
                // paragraph still counts.
                var label = numbering.LabelOf(paragraph);
                text = ParagraphText(joined, format, fields, referenced, bookmarks, marks, symbols, numbers).Trim();
                if (label is { Length: > 0 } && text.Length > 0)
                {
                    text = label + " " + text;
                }
            }
            else
            {
                continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            output.Append(text).Append("\n\n");
            foreach (var id in referenced)
            {
                if (footnotes.TryGetValue(id, out var footnote))
                {
                    output.Append("<sup>").Append(Label(id)).Append("</sup> ").Append(footnote).Append("\n\n");
                    footnotes.Remove(id);
                }
            }
        }

        // A footnote no paragraph refers to still holds text: it goes at the end, where the gatherer reports it.
        foreach (var footnote in footnotes.OrderBy(pair => long.Parse(pair.Key, System.Globalization.CultureInfo.InvariantCulture)))
        {
            output.Append("<sup>").Append(Label(footnote.Key)).Append("</sup> ").Append(footnote.Value).Append("\n\n");
        }

        return output.ToString();
    }

    /// <summary>
    /// A table as the rows <see cref="PrintedTable"/> reads: cells separated by tabs, "&lt;" after a cell for each more
    /// column it spans (w:gridSpan), a cell that goes on a merge from above (w:vMerge) empty, and a row of dashes after
    /// the header rows (rows repeated at the top of each page, w:tblHeader).
    /// </summary>
    private static string TableText(Table table, Func<TableCell, string> cellText)
    {
        var rows = new List<string>();
        var header = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continued ? string.Empty : cellText(cell).Replace('\t', ' ').Replace("  \n", " "));
                for (var more = (cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1) - 1; more > 0; more--)
                {
                    cells.Add(PrintedTableSpan);
                }
            }

            if (row.TableRowProperties?.GetFirstChild<TableHeader>() is not null && header == rows.Count)
            {
                header++;
            }

            rows.Add(string.Join("\t", cells));
        }

        if (header > 0 && header < rows.Count)
        {
            var columns = rows[0].Split('\t').Length;
            rows.Insert(header, string.Join("\t", Enumerable.Repeat("---", columns)));
        }

        return string.Join("\n", rows);
    }

    /// <summary>
    /// The bookmarks that stand on a footnote reference, by name, with the footnote's id: a second citation of the
    /// same footnote is a NOTEREF field to such a bookmark, as Word writes a cross-reference to a footnote.
    /// </summary>
    private static Dictionary<string, string> FootnoteBookmarks(Body body)
    {
        var bookmarks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var start in body.Descendants<BookmarkStart>())
        {
            var reference = start.ElementsAfter().OfType<Run>().FirstOrDefault()?.GetFirstChild<FootnoteReference>();
            if (start.Name?.Value is { } name && reference?.Id?.Value is long id)
            {
                bookmarks[name] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return bookmarks;
    }

    /// <summary>
    /// The number a custom note mark prints: the text of its run, and of the runs in the note reference style that
    /// follow it with digits alone (DraftingKit writes a number of two digits or more as its first digit in the mark's
    /// run and the others after it, which LibreOffice would otherwise print twice). The runs after it are added to
    /// <paramref name="continuation"/>, to be read as part of the mark.
    /// </summary>
    private static string CustomMark(Run run, HashSet<Run> continuation)
    {
        var text = new StringBuilder(run.InnerText);
        for (var next = run.NextSibling(); next is Run digits
            && digits.RunProperties?.RunStyle?.Val?.Value == "FootnoteReference"
            && digits.GetFirstChild<FootnoteReference>() is null
            && digits.InnerText.Length > 0 && digits.InnerText.All(char.IsDigit); next = next.NextSibling())
        {
            text.Append(digits.InnerText);
            continuation.Add(digits);
        }

        return text.ToString();
    }

    /// <summary>The footnote a NOTEREF field's instructions ("NOTEREF _Ref1 \\h") cite through a bookmark on its reference; null for another field.</summary>
    private static string? NoteReference(string? instruction, Dictionary<string, string>? bookmarks)
    {
        var words = (instruction ?? string.Empty).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0] == "NOTEREF" && bookmarks is not null && bookmarks.TryGetValue(words[1], out var id) ? id : null;
    }

    // marks: in the body, the number each custom note mark prints with its footnote's id, the latest for each number:
    // the same number again in the note reference style cites that note again, as the UN prints it in a report.
    // symbols: the label of each note whose custom mark is a symbol ("*", "*b" for a second "*"), by footnote id.
    // numbers: the number Word prints for each note, by id (WordNoteNumbers).
    private static string ParagraphText(IReadOnlyList<Paragraph> paragraphs, WordRunFormat format, WordFields fields, List<string>? referenced, Dictionary<string, string>? bookmarks, Dictionary<string, string>? marks = null, Dictionary<string, string>? symbols = null, Dictionary<string, string>? numbers = null)
    {
        string NoteLabel(string id) => symbols is not null && symbols.TryGetValue(id, out var symbol) ? symbol : numbers is not null && numbers.TryGetValue(id, out var number) ? number : id;
        var builder = new StringBuilder();
        var inNote = referenced is null;
        var italicOpen = false;
        var markContinuation = new HashSet<Run>();
        void Roman(string label)
        {
            // A number Word computes for a field prints as the paragraph's label, in roman.
            if (italicOpen)
            {
                Toggle(builder, ref italicOpen);
            }

            builder.Append(Escape(label));
        }

        foreach (var paragraph in paragraphs)
        {
            var inBoxes = TextBoxes.Within(paragraph);
            foreach (var element in paragraph.Descendants())
            {
                if (inBoxes.Count > 0 && inBoxes.Contains(element))
                {
                    // A text box's words are its own paragraphs, read after this one.
                    continue;
                }

                if (element is Run continued && markContinuation.Contains(continued))
                {
                    continue;
                }

                if (element is SimpleField field)
                {
                    if (NoteReference(field.Instruction?.Value, bookmarks) is { } cited)
                    {
                        // The field's result is the printed number; the marker is the footnote it points at.
                        builder.Append("<sup>").Append(NoteLabel(cited)).Append("</sup>");
                    }
                    else if (fields.EndingAt(field)?.Printed is { Length: > 0 } number)
                    {
                        Roman(number);
                    }

                    continue;
                }

                if (element is not Run run || run.Ancestors<SimpleField>().Any(f => NoteReference(f.Instruction?.Value, bookmarks) is not null) || !Printed(run))
                {
                    continue;
                }

                var printed = format.Of(run);
                if (printed.Hidden)
                {
                    // Hidden text (w:vanish, from the run or its styles) is not printed.
                    continue;
                }

                var noteStyle = run.RunProperties?.RunStyle?.Val?.Value == "FootnoteReference";
                if (noteStyle && inNote && OnlyWhiteSpace(builder))
                {
                    // A note's own mark (Word's count, or a custom mark written out) is not the note's text, also where
                    // the UN's note style hangs it at a tab ("<tab/>*<tab/>Not applicable to …", S/RES/2713 (2023)).
                    continue;
                }

                var custom = run.GetFirstChild<FootnoteReference>() is { CustomMarkFollows.Value: true } mark ? mark : null;
                if (custom is not null && custom.Id?.Value is long markId)
                {
                    var markText = CustomMark(run, markContinuation);
                    var markNote = markId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (marks is not null)
                    {
                        marks[markText] = markNote;
                    }

                    if (symbols is not null && markText.Length > 0 && FootnoteMark.Of(markText) == markText && !symbols.ContainsKey(markNote))
                    {
                        symbols[markNote] = FootnoteMark.Label(markText, label => symbols.ContainsValue(label));
                    }
                }
                else if (noteStyle && run.GetFirstChild<FootnoteReference>() is null && marks is not null && marks.TryGetValue(run.InnerText, out var again))
                {
                    builder.Append("<sup>").Append(NoteLabel(again)).Append("</sup>");
                    continue;
                }

                foreach (var child in run.ChildElements)
                {
                    if (fields.InInstructions(child) || NoteReference(fields.ResultOwner(child)?.Instruction, bookmarks) is not null)
                    {
                        // A field's instructions are not printed; a cross-reference to a note is read as its marker, at its end.
                        continue;
                    }

                    if (child is FieldChar && fields.EndingAt(child) is { } ended)
                    {
                        if (NoteReference(ended.Instruction, bookmarks) is { } citedAgain)
                        {
                            builder.Append("<sup>").Append(NoteLabel(citedAgain)).Append("</sup>");
                        }
                        else if (ended.Printed is { Length: > 0 } number)
                        {
                            Roman(number);
                        }

                        continue;
                    }

                    // The text of a custom mark is the number the mark prints, written after the reference, not words.
                    if (custom is null && PrintedCharacters(child) is { } characters)
                    {
                        foreach (var (piece, italic) in ItalicPieces(characters, printed, italicOpen))
                        {
                            if (italic != italicOpen)
                            {
                                Toggle(builder, ref italicOpen);
                            }

                            builder.Append(Escape(piece));
                        }

                        continue;
                    }

                    switch (child)
                    {
                        case TabChar or PositionalTab:
                            builder.Append(' ');
                            break;
                        case Break { Type: null } or CarriageReturn:
                        case Break { Type.Value: var type } when type == BreakValues.TextWrapping:
                            // A line break inside a paragraph, as in the closing "50th plenary meeting / 18 December 2019".
                            builder.Append("  \n");
                            break;
                        case FootnoteReference reference when reference.Id?.Value is long id:
                            var label = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                            builder.Append("<sup>").Append(NoteLabel(label)).Append("</sup>");
                            referenced?.Add(label);
                            break;
                    }
                }
            }
        }

        if (italicOpen)
        {
            Toggle(builder, ref italicOpen);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A run's characters cut where Word changes between the simple-script and the complex-script italics
    /// (<see cref="WordRunFormat.Format.ItalicOf"/>), each piece with whether it prints in italics; white space keeps the
    /// italics it stands in. A run of one script is one piece.
    /// </summary>
    private static IEnumerable<(string Piece, bool Italic)> ItalicPieces(string characters, WordRunFormat.Format printed, bool italicOpen)
    {
        if (printed.Uniform(characters))
        {
            yield return (characters, printed.ComplexScript ? printed.ItalicComplexScript : printed.Italic);
            yield break;
        }

        var start = 0;
        var current = italicOpen;
        for (var i = 0; i < characters.Length; i++)
        {
            var italic = char.IsWhiteSpace(characters[i]) ? current : printed.ItalicOf(characters[i]);
            if (italic != current && i > start)
            {
                yield return (characters.Substring(start, i - start), current);
                start = i;
            }

            current = italic;
        }

        yield return (characters.Substring(start), current);
    }

    /// <summary>
    /// The paragraphs Word prints as one from <paramref name="paragraph"/> on: while a paragraph's mark alone is deleted
    /// under tracked changes (<c>w:pPr/w:rPr/w:del</c>, or moved away, <c>w:moveFrom</c>), its words go on in the next
    /// paragraph of the same story (the body, a cell, a note, a text box), with no table between them. "4. <i>Requests</i>
    /// the Secretary-General" ¶ "to report to the General Assembly at its seventy-sixth session;" with the first mark
    /// deleted reads as one operative paragraph 4.
    /// </summary>
    private static IReadOnlyList<Paragraph> JoinedFrom(Paragraph paragraph)
    {
        var joined = new List<Paragraph> { paragraph };
        for (var last = paragraph; MarkRemoved(last) && NextInStory(last) is { } next && joined.Count < 1000; last = next)
        {
            joined.Add(next);
        }

        return joined;
    }

    /// <summary>The paragraphs of one story in groups Word prints as one paragraph each (<see cref="JoinedFrom"/>); a paragraph removed whole is left out.</summary>
    private static IEnumerable<IReadOnlyList<Paragraph>> Joined(IReadOnlyList<Paragraph> paragraphs)
    {
        var taken = new HashSet<Paragraph>();
        foreach (var paragraph in paragraphs)
        {
            if (taken.Contains(paragraph) || Removed(paragraph))
            {
                continue;
            }

            var joined = JoinedFrom(paragraph);
            taken.UnionWith(joined);
            yield return joined;
        }
    }

    private static bool MarkRemoved(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties is { } mark
        && (mark.GetFirstChild<Deleted>() is not null || mark.GetFirstChild<MoveFrom>() is not null);

    /// <summary>The next paragraph of the story <paramref name="paragraph"/> is in, after its own content; null at a table or at the story's end.</summary>
    private static Paragraph? NextInStory(Paragraph paragraph)
    {
        var story = Story(paragraph);
        if (story is null)
        {
            return null;
        }

        var passed = false;
        foreach (var element in story.Descendants())
        {
            if (!passed)
            {
                passed = element == paragraph;
                continue;
            }

            if (element.Ancestors().Contains(paragraph))
            {
                continue;
            }

            if (element is Table table && Story(table) == story)
            {
                return null;
            }

            if (element is Paragraph next && Story(next) == story && !Removed(next))
            {
                return next;
            }
        }

        return null;
    }

    private static OpenXmlElement? Story(OpenXmlElement element) =>
        element.Ancestors().FirstOrDefault(ancestor => ancestor is TableCell or TextBoxContent or Body or DocumentFormat.OpenXml.Wordprocessing.Footnote or Endnote);

    /// <summary>
    /// False for a run Word shows as taken out of the text, under tracked changes: deleted (<c>w:del</c>) or moved away
    /// (<c>w:moveFrom</c>, whose words are printed again where they were moved to). An insertion (<c>w:ins</c>,
    /// <c>w:moveTo</c>) is printed, and read.
    /// </summary>
    private static bool Printed(Run run) => !run.Ancestors().Any(ancestor => ancestor is DeletedRun or MoveFromRun);

    /// <summary>
    /// True for a paragraph deleted whole under tracked changes (or moved away): its mark is deleted (<c>w:pPr/w:rPr/w:del</c>
    /// or <c>w:moveFrom</c>) and none of its runs is left. With the changes accepted it is gone, and Word's automatic
    /// numbering does not count it: the paragraph after a deleted paragraph 2 prints "2.", not "3.".
    /// </summary>
    private static bool Removed(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties is { } mark
        && (mark.GetFirstChild<Deleted>() is not null || mark.GetFirstChild<MoveFrom>() is not null)
        && paragraph.Descendants<Run>().All(run => !Printed(run));

    /// <summary>
    /// The characters a run's child prints: its text; a non-breaking hyphen (<c>w:noBreakHyphen</c>) as U+2011, as
    /// the model holds "non\u2011proliferation"; a symbol (<c>w:sym</c>) as its character where that is a Unicode one
    /// (a code of a symbol font's own, U+F000–U+F0FF, has no character to give); nothing for an optional hyphen
    /// (<c>w:softHyphen</c>), which prints only where a line breaks at it. Null for a child that is not such.
    /// </summary>
    private static string? PrintedCharacters(OpenXmlElement child) => child switch
    {
        DocumentFormat.OpenXml.Wordprocessing.Text text => text.Text.Length > 0 ? text.Text : null,
        NoBreakHyphen => "\u2011",
        SymbolChar symbol when SymbolCharacter(symbol) is { } character => character,
        _ => null,
    };

    private static string? SymbolCharacter(SymbolChar symbol)
    {
        if (!int.TryParse(symbol.Char?.Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code)
            || code is >= 0xF000 and <= 0xF0FF || code < 0x20 || code > 0xFFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            return null;
        }

        return ((char)code).ToString();
    }

    private static bool OnlyWhiteSpace(StringBuilder builder)
    {
        for (var i = 0; i < builder.Length; i++)
        {
            if (!char.IsWhiteSpace(builder[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Opens or closes italics, keeping white space outside the marks as the extractions do.</summary>
    private static void Toggle(StringBuilder builder, ref bool italicOpen)
    {
        if (!italicOpen)
        {
            builder.Append('*');
            italicOpen = true;
            return;
        }

        var trailing = 0;
        while (trailing < builder.Length && builder[builder.Length - 1 - trailing] == ' ')
        {
            trailing++;
        }

        builder.Insert(builder.Length - trailing, "*");
        italicOpen = false;
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '[' or ']' or '<')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
