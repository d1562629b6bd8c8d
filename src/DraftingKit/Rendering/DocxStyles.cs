using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Rendering;

/// <summary>
/// The named paragraph and character styles of a rendered DOCX. Every paragraph carries one of these, so a
/// Secretariat editor can restyle the file the way the UN templates are worked (by style, never by direct
/// formatting). Measures follow the layout of UN-issued resolutions: Times New Roman 10 pt body, text block
/// indented 0.88 in (1267 twips), paragraph numbers and subparagraph labels hanging by 0.33 in (475 twips).
/// </summary>
internal static class DocxStyles
{
    public const string Symbol = "UNSymbol";
    public const string Organ = "UNOrgan";
    public const string Distribution = "UNDistribution";
    public const string Session = "UNSession";
    public const string AgendaItem = "UNAgendaItem";
    public const string AgendaTitle = "UNAgendaTitle";
    public const string AdoptionLine = "UNAdoptionLine";
    public const string ReferenceLine = "UNReferenceLine";
    public const string DraftLabel = "UNDraftLabel";
    public const string Title = "UNTitle";
    public const string UnnumberedTitle = "UNUnnumberedTitle";
    public const string PartDesignation = "UNPartDesignation";
    public const string PartTitle = "UNPartTitle";
    public const string Formula = "UNFormula";
    public const string Preambular = "UNPreambularParagraph";
    public const string Operative = "UNOperativeParagraph";
    public const string Subparagraph = "UNSubparagraph";
    public const string Heading = "UNHeading";
    public const string TextParagraph = "UNTextParagraph";
    public const string NumberedParagraph = "UNNumberedParagraph";
    public const string Closing = "UNClosing";
    public const string AnnexLabel = "UNAnnexLabel";
    public const string AnnexTitle = "UNAnnexTitle";
    public const string TableText = "UNTableText";
    public const string Rapporteur = "UNRapporteur";
    public const string RunningHead = "Header";
    public const string RunningFoot = "Footer";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";

    /// <summary>The left edge of the text block.</summary>
    public const int TextIndent = 1267;

    /// <summary>How far a paragraph number or subparagraph label hangs.</summary>
    public const int Hanging = 475;

    /// <summary>The number of subparagraph levels with their own style; deeper levels use the last.</summary>
    public const int SubparagraphLevels = 3;

    /// <summary>The style id of subparagraphs at <paramref name="depth"/> (1 for "(a)", 2 for "(i)").</summary>
    public static string SubparagraphAt(int depth) =>
        Subparagraph + System.Math.Min(System.Math.Max(depth, 1), SubparagraphLevels).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The style id of headings at <paramref name="level"/> (1 or 2; deeper levels use 2).</summary>
    public static string HeadingAt(int level) => Heading + (level <= 1 ? "1" : "2");

    /// <summary>
    /// The style sheet. <paramref name="writesNoteNumbers"/> adds the hidden "Footnote Characters" style for a file
    /// whose notes carry their marks written out (<see cref="DocxOutput.WritesNoteNumbers"/>); see
    /// <see cref="LibreOfficeNoteLabel"/>.
    /// </summary>
    /// <paramref name="language"/> is the text's language for Word's proofing (English when null).
    public static Styles Create(bool writesNoteNumbers = false, Model.DocumentLanguage? language = null)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "20" },
                    new FontSizeComplexScript { Val = "20" },
                    new Languages { Val = (language ?? Model.DocumentLanguage.English).WordTag })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

        styles.Append(Paragraph(Symbol, "UN Symbol", Layout(justification: JustificationValues.Right, after: 120), Font(size: 40)));
        styles.Append(Paragraph(Organ, "UN Organ", Layout(after: 120, bottomBorder: true), Font(bold: true, size: 34)));
        styles.Append(Paragraph(Distribution, "UN Distribution", Layout(left: 7200)));
        styles.Append(Paragraph(Session, "UN Session", Layout(before: 240), Font(bold: true)));
        styles.Append(Paragraph(AgendaItem, "UN Agenda item", Layout()));
        styles.Append(Paragraph(AgendaTitle, "UN Agenda title", Layout(), Font(bold: true)));
        styles.Append(Paragraph(DraftLabel, "UN Draft label", Layout(before: 240, left: TextIndent, keepNext: true), Font(bold: true)));
        styles.Append(Paragraph(AdoptionLine, "UN Adoption line", Layout(before: 480, after: 120, keepNext: true), Font(bold: true, size: 28)));
        styles.Append(Paragraph(ReferenceLine, "UN Reference line", Layout(after: 240, keepNext: true), Font(italic: true)));
        styles.Append(Paragraph(Title, "UN Title", Layout(before: 240, after: 240, left: TextIndent, hanging: TextIndent, tab: TextIndent, keepNext: true, outline: 0), Font(bold: true, size: 28)));
        styles.Append(Paragraph(UnnumberedTitle, "UN Title without number", Layout(before: 240, after: 240, left: TextIndent, right: TextIndent, keepNext: true, outline: 0), Font(bold: true, size: 28)));
        styles.Append(Paragraph(PartDesignation, "UN Part designation", Layout(before: 240, after: 120, left: TextIndent, keepNext: true), Font(bold: true, size: 24)));
        styles.Append(Paragraph(PartTitle, "UN Part title", Layout(after: 240, left: TextIndent, keepNext: true, outline: 1), Font(bold: true, size: 24)));
        styles.Append(Paragraph(Formula, "UN Enacting formula", Layout(after: 120, left: TextIndent, firstLine: Hanging, keepNext: true), Font(italic: true)));
        styles.Append(Paragraph(Preambular, "UN Preambular paragraph", Layout(after: 120, left: TextIndent, right: TextIndent, firstLine: Hanging, justify: true)));
        styles.Append(Paragraph(Operative, "UN Operative paragraph", Layout(after: 120, left: TextIndent + Hanging, right: TextIndent, hanging: Hanging, tab: TextIndent + Hanging, justify: true)));
        for (var depth = 1; depth <= SubparagraphLevels; depth++)
        {
            var left = TextIndent + ((depth + 1) * Hanging);
            var name = depth == 1 ? "UN Subparagraph" : "UN Subparagraph level " + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            styles.Append(Paragraph(SubparagraphAt(depth), name, Layout(after: 120, left: left, right: TextIndent, hanging: Hanging, tab: left, justify: true)));
        }

        styles.Append(Paragraph(HeadingAt(1), "UN Heading 1", Layout(before: 240, after: 120, left: TextIndent, right: TextIndent, keepNext: true, outline: 1), Font(bold: true, size: 24)));
        styles.Append(Paragraph(HeadingAt(2), "UN Heading 2", Layout(before: 120, after: 120, left: TextIndent, right: TextIndent, keepNext: true, outline: 2), Font(bold: true)));
        styles.Append(Paragraph(TextParagraph, "UN Text paragraph", Layout(after: 120, left: TextIndent, right: TextIndent, firstLine: Hanging, justify: true)));
        styles.Append(Paragraph(NumberedParagraph, "UN Numbered paragraph", Layout(after: 120, left: TextIndent + Hanging, right: TextIndent, hanging: Hanging, tab: TextIndent + Hanging, justify: true)));
        styles.Append(Paragraph(Closing, "UN Closing", Layout(before: 240, left: 6480, keepLines: true)));
        styles.Append(Paragraph(AnnexLabel, "UN Annex label", Layout(after: 240, left: TextIndent, keepNext: true, pageBreakBefore: true, outline: 0), Font(bold: true, size: 28)));
        styles.Append(Paragraph(AnnexTitle, "UN Annex title", Layout(after: 240, left: TextIndent, right: TextIndent, keepNext: true, outline: 1), Font(bold: true, size: 28)));
        styles.Append(Paragraph(Rapporteur, "UN Rapporteur", Layout(after: 240, left: TextIndent, right: TextIndent, keepNext: true)));
        styles.Append(Paragraph(RunningHead, "header", Layout(after: 240, bottomBorder: true, borderSize: 4), Font(bold: true, size: 17)));
        styles.Append(Paragraph(RunningFoot, "footer", Layout(), Font(bold: true, size: 17)));
        styles.Append(Paragraph(TableText, "UN Table text", Layout(), Font(size: 18)));
        styles.Append(Paragraph(FootnoteText, "footnote text", Layout(after: 40, left: TextIndent + 216, right: TextIndent, hanging: 216, tab: TextIndent + 216), Font(size: 17)));

        styles.Append(new Style(
            new StyleName { Val = "footnote reference" },
            new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
        { Type = StyleValues.Character, StyleId = FootnoteReference });
        if (writesNoteNumbers)
        {
            styles.Append(LibreOfficeNoteLabel());
        }

        return styles;
    }

    /// <summary>
    /// A note with a custom mark prints at the foot the mark its own text begins with, as Word writes and reads it.
    /// LibreOffice (7.4) draws the mark there a second time, in its character style of that name ("5 5"); hidden,
    /// that label leaves the note's own mark, printed once. Word uses no style of this name and draws nothing more.
    /// </summary>
    private static Style LibreOfficeNoteLabel() => new(
        new StyleName { Val = "Footnote Characters" },
        new StyleRunProperties(new Vanish()))
    { Type = StyleValues.Character, StyleId = "FootnoteCharacters", CustomStyle = true };

    private static Style Paragraph(string id, string name, StyleParagraphProperties layout, StyleRunProperties? font = null)
    {
        var style = new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            layout)
        { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = id.StartsWith("UN", System.StringComparison.Ordinal) };
        if (font is not null)
        {
            style.Append(font);
        }

        return style;
    }

    /// <summary>Paragraph layout in twips; children are added in the order the schema requires.</summary>
    private static StyleParagraphProperties Layout(
        int before = 0,
        int after = 0,
        int left = 0,
        int right = 0,
        int firstLine = 0,
        int hanging = 0,
        int tab = 0,
        bool keepNext = false,
        bool keepLines = false,
        bool pageBreakBefore = false,
        bool bottomBorder = false,
        int borderSize = 12,
        bool justify = false,
        JustificationValues? justification = null,
        int outline = -1)
    {
        var properties = new StyleParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (keepLines)
        {
            properties.Append(new KeepLines());
        }

        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        if (bottomBorder)
        {
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = (uint)borderSize, Space = 4, Color = "auto" }));
        }

        if (tab > 0)
        {
            properties.Append(new Tabs(new TabStop { Val = TabStopValues.Left, Position = tab }));
        }

        properties.Append(new SpacingBetweenLines
        {
            Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var indentation = new Indentation();
        if (left > 0)
        {
            indentation.Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (right > 0)
        {
            indentation.Right = right.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (firstLine > 0)
        {
            indentation.FirstLine = firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (hanging > 0)
        {
            indentation.Hanging = hanging.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (left > 0 || right > 0 || firstLine > 0 || hanging > 0)
        {
            properties.Append(indentation);
        }

        if (justification is { } value)
        {
            properties.Append(new Justification { Val = value });
        }
        else if (justify)
        {
            properties.Append(new Justification { Val = JustificationValues.Both });
        }

        if (outline >= 0)
        {
            properties.Append(new OutlineLevel { Val = outline });
        }

        return properties;
    }

    private static StyleRunProperties Font(bool bold = false, bool italic = false, int size = 0)
    {
        var properties = new StyleRunProperties();
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        if (size > 0)
        {
            var text = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
            properties.Append(new FontSize { Val = text }, new FontSizeComplexScript { Val = text });
        }

        return properties;
    }
}
