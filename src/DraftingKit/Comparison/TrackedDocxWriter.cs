using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Rendering;

namespace DraftingKit.Comparison;

/// <summary>
/// Writes the units of a comparison as Word paragraphs in the styles <see cref="DocxRenderer"/> gives them, each run
/// of inserted or deleted tokens inside a <c>w:ins</c> or <c>w:del</c>. Each footnote marker is a real Word footnote
/// whose text is the compared note, so that accepting or rejecting the changes gives each side's notes.
/// </summary>
internal sealed class TrackedDocxWriter
{
    private readonly TextComparison comparison;
    private readonly string author;
    private readonly DateTime date;
    private readonly DocxOutput output = new();
    private int nextChangeId = 1;

    public TrackedDocxWriter(TextComparison comparison, string author, DateTime date)
    {
        this.comparison = comparison;
        this.author = author;
        this.date = new DateTime(date.Ticks - (date.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    /// <summary>The footnotes part content, filled while the body is written.</summary>
    public Footnotes Footnotes => output.Footnotes;

    /// <summary>The compared text as one section carrying the running heads of a rendered text (<see cref="DocxPageFurniture"/>).</summary>
    public Document WriteDocument(IReadOnlyList<OpenXmlElement> furniture)
    {
        foreach (var unit in comparison.Units)
        {
            output.Body.Append(Paragraph(unit, unit.Shown.Style));
        }

        output.Body.Append(DocxBodyWriter.PageSection(furniture));
        return new Document(output.Body);
    }

    private Paragraph Paragraph(AlignedUnit unit, string style)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        var whole = unit.Kind switch
        {
            ChangeKind.New or ChangeKind.Moved => EditKind.Inserted,
            ChangeKind.Deleted or ChangeKind.MovedAway => EditKind.Deleted,
            _ => EditKind.Equal,
        };

        // A paragraph only one side has carries its paragraph mark as inserted or deleted, so that the paragraph
        // itself comes and goes with the changes, not only its words.
        if (whole != EditKind.Equal)
        {
            properties.Append(new ParagraphMarkRunProperties(whole == EditKind.Inserted ? Stamp(new Inserted()) : Stamp(new Deleted())));
        }

        // A unit whose layout changed (a numbered title become unnumbered) tracks its former style.
        if (unit.Base is { } before && unit.Revised is { } after && before.Style != after.Style)
        {
            var change = new ParagraphPropertiesChange(new ParagraphPropertiesExtended(new ParagraphStyleId { Val = before.Style }));
            (change.Id, change.Author, change.Date) = NextStamp();
            properties.Append(change);
        }

        var paragraph = new Paragraph(properties);
        Append(paragraph, unit.LabelEdits);
        Append(paragraph, unit.Edits);
        return paragraph;
    }

    /// <summary>Appends the edits: each stretch of one kind as runs, inside a <c>w:ins</c> or <c>w:del</c> unless equal.</summary>
    private void Append(OpenXmlElement paragraph, IReadOnlyList<TokenEdit> edits)
    {
        var k = 0;
        while (k < edits.Count)
        {
            var kind = edits[k].Kind;
            OpenXmlElement container = kind switch
            {
                EditKind.Inserted => Stamp(new InsertedRun()),
                EditKind.Deleted => Stamp(new DeletedRun()),
                _ => paragraph,
            };
            var text = new StringBuilder();
            WordToken? style = null;
            void Flush()
            {
                if (text.Length > 0)
                {
                    container.Append(TextRun(text.ToString(), style!, kind == EditKind.Deleted));
                    text.Clear();
                }
            }

            for (; k < edits.Count && edits[k].Kind == kind; k++)
            {
                var token = edits[k].Token;
                if (token.Kind == TokenKind.Text)
                {
                    if (style is not null && (style.Italic != token.Italic || style.Bold != token.Bold))
                    {
                        Flush();
                    }

                    style = token;
                    text.Append(token.Text);
                    continue;
                }

                Flush();
                container.Append(token.Kind switch
                {
                    TokenKind.Tab => new Run(new TabChar()),
                    TokenKind.Break => new Run(new Break()),
                    _ => FootnoteReference(token.Text, kind),
                });
            }

            Flush();
            if (!ReferenceEquals(container, paragraph))
            {
                paragraph.Append(container);
            }
        }
    }

    /// <summary>A marker and its own Word footnote holding the compared note.</summary>
    private Run FootnoteReference(string key, EditKind kind)
    {
        var footnoteId = output.NextFootnoteId();
        var note = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.FootnoteText }));
        note.Append(
            new Run(new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference }), new FootnoteReferenceMark()),
            new Run(new TabChar()));
        if (comparison.Notes.TryGetValue(key, out var compared))
        {
            // The note comes and goes with its marker; inside it, a note both texts have shows its changes (spacing
            // included), so that either side reads back exactly.
            if (compared.Base is not null && compared.Revised is not null)
            {
                Append(note, compared.Edits);
            }
            else
            {
                var side = kind == EditKind.Deleted ? compared.Base ?? compared.Revised! : compared.Revised ?? compared.Base!;
                Append(note, TokenEdits.All(side.Tokens, EditKind.Equal));
            }
        }

        Footnotes.Append(new DocumentFormat.OpenXml.Wordprocessing.Footnote(note) { Id = footnoteId });
        return new Run(
            new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference }),
            new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = footnoteId });
    }

    private static Run TextRun(string text, WordToken style, bool deleted)
    {
        var run = new Run();
        if (style.Italic || style.Bold)
        {
            var properties = new RunProperties();
            if (style.Bold)
            {
                properties.Append(new Bold(), new BoldComplexScript());
            }

            if (style.Italic)
            {
                properties.Append(new Italic(), new ItalicComplexScript());
            }

            run.Append(properties);
        }

        var safe = XmlText.Safe(text);
        run.Append(deleted
            ? new DeletedText(safe) { Space = SpaceProcessingModeValues.Preserve }
            : new DocumentFormat.OpenXml.Wordprocessing.Text(safe) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    // One overload per change element, not a generic constrained to an Open XML base type: the analyzer host loads the
    // engine without DocumentFormat.OpenXml, and such a constraint would break loading the engine's types there.
    private Inserted Stamp(Inserted change)
    {
        (change.Id, change.Author, change.Date) = NextStamp();
        return change;
    }

    private Deleted Stamp(Deleted change)
    {
        (change.Id, change.Author, change.Date) = NextStamp();
        return change;
    }

    private InsertedRun Stamp(InsertedRun change)
    {
        (change.Id, change.Author, change.Date) = NextStamp();
        return change;
    }

    private DeletedRun Stamp(DeletedRun change)
    {
        (change.Id, change.Author, change.Date) = NextStamp();
        return change;
    }

    private (string Id, string Author, DateTime Date) NextStamp() =>
        ((nextChangeId++).ToString(CultureInfo.InvariantCulture), author, date);
}
