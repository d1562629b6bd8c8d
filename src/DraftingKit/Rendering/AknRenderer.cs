using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering;

/// <summary>
/// Renders a document as Akoma Ntoso 3.0 XML in the shape of the UN's AKN4UN files: <c>statement</c> with
/// FRBR identification, a cover page with the header block, the preface (number and title), the preamble
/// (formula and one <c>container</c> per preambular paragraph, named by its lead), the main body (numbered
/// <c>paragraph</c>s, <c>list</c>/<c>point</c> subparagraphs, <c>subheading</c>s), footnotes as
/// <c>authorialNote</c>s where they are referenced, the conclusions (meeting and date) and annexes as
/// attachments. eIds follow the AKN naming convention from the printed numbers (<c>para_8__list_1__point_a</c>),
/// so they stay put when other paragraphs change.
/// </summary>
public static class AknRenderer
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The document as AKN XML (UTF-8 without a byte order mark, LF line ends).</summary>
    public static string Render(ResolutionDocument document) => Render(document, FormsOf(document), HeadingsOf(document.Header));

    /// <summary>The form of each subparagraph as the template records them (<c>akn-subparagraphs</c>, <c>akn-subparagraph-forms</c>).</summary>
    private static AknSubparagraphForms FormsOf(ResolutionDocument document) =>
        AknSubparagraphExceptions.Forms(document, SubparagraphsOf(document.Header));

    /// <summary>The subparagraph form the template records (<c>akn-subparagraphs</c>), points when it records none.</summary>
    public static AknSubparagraphMarkup SubparagraphsOf(DocumentHeader header) => header.AknSubparagraphs switch
    {
        "paragraphs" => AknSubparagraphMarkup.Paragraphs,
        "numbered" => AknSubparagraphMarkup.NumberedParagraphs,
        _ => AknSubparagraphMarkup.Points,
    };

    /// <summary>The heading-number form the template records (<c>akn-headings</c>), in the text when it records none.</summary>
    public static AknHeadingMarkup HeadingsOf(DocumentHeader header) => header.AknHeadings == "numbered" ? AknHeadingMarkup.Numbered : AknHeadingMarkup.InText;

    /// <summary>
    /// The document as AKN XML, its operative subparagraphs marked up in the form given (the form the UN file it was
    /// imported from uses: <see cref="Import.Akn.AknImportResult.SubparagraphMarkup"/>).
    /// </summary>
    public static string Render(ResolutionDocument document, AknSubparagraphMarkup subparagraphs) =>
        Render(document, subparagraphs, AknHeadingMarkup.InText);

    /// <summary>
    /// The document as AKN XML, its operative subparagraphs and the numbers of its section headings marked up in the
    /// forms given (those of the UN file it was imported from: <see cref="Import.Akn.AknImportResult.SubparagraphMarkup"/>,
    /// <see cref="Import.Akn.AknImportResult.HeadingMarkup"/>).
    /// </summary>
    public static string Render(ResolutionDocument document, AknSubparagraphMarkup subparagraphs, AknHeadingMarkup headings) =>
        Render(document, AknSubparagraphForms.All(subparagraphs), headings);

    /// <summary>
    /// The document as AKN XML, each operative subparagraph marked up in its own form and the numbers of its section
    /// headings in the form given (those of the UN file it was imported from: <see cref="Import.Akn.AknImportResult.SubparagraphForms"/>,
    /// <see cref="Import.Akn.AknImportResult.HeadingMarkup"/>).
    /// </summary>
    public static string Render(ResolutionDocument document, AknSubparagraphForms subparagraphs, AknHeadingMarkup headings)
    {
        using var output = new MemoryStream();
        Write(document, output, subparagraphs, headings);
        return new System.Text.UTF8Encoding(false).GetString(output.ToArray());
    }

    /// <summary>Writes the document as AKN XML to <paramref name="output"/>.</summary>
    public static void Write(ResolutionDocument document, Stream output) => Write(document, output, FormsOf(document), HeadingsOf(document.Header));

    /// <summary>Writes the document as AKN XML to <paramref name="output"/>, subparagraphs in the form given.</summary>
    public static void Write(ResolutionDocument document, Stream output, AknSubparagraphMarkup subparagraphs) =>
        Write(document, output, subparagraphs, AknHeadingMarkup.InText);

    /// <summary>Writes the document as AKN XML to <paramref name="output"/>, subparagraphs and heading numbers in the forms given.</summary>
    public static void Write(ResolutionDocument document, Stream output, AknSubparagraphMarkup subparagraphs, AknHeadingMarkup headings) =>
        Write(document, output, AknSubparagraphForms.All(subparagraphs), headings);

    /// <summary>Writes the document as AKN XML to <paramref name="output"/>, each subparagraph in its own form and heading numbers in the form given.</summary>
    public static void Write(ResolutionDocument document, Stream output, AknSubparagraphForms subparagraphs, AknHeadingMarkup headings)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new System.Text.UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            new AknWriter(xml, document, subparagraphs, headings).Write();
        }

        output.WriteByte((byte)'\n');
    }

    private sealed class AknWriter
    {
        private const string Source = "draftingkit";

        private static readonly System.Text.RegularExpressions.Regex LetteredHeadingNumber = new(
            @"^\s*(\([a-z]\))\s+(?=\S)",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant,
            System.TimeSpan.FromSeconds(1));

        private readonly XmlWriter xml;
        private readonly ResolutionDocument document;
        private readonly AknIdentifiers identifiers;
        private readonly FootnoteNumbering numbering;
        private readonly Dictionary<string, Model.Footnote> definitions = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> placed = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> eIds = new(System.StringComparer.Ordinal);
        private readonly AknSubparagraphForms subparagraphs;
        private readonly AknHeadingMarkup headingMarkup;
        private int headings;
        private int tables;

        public AknWriter(XmlWriter xml, ResolutionDocument document, AknSubparagraphForms subparagraphs, AknHeadingMarkup headingMarkup)
        {
            this.subparagraphs = subparagraphs;
            this.headingMarkup = headingMarkup;
            this.xml = xml;
            this.document = document;
            identifiers = AknIdentifiers.For(document.Header);
            numbering = FootnoteNumbering.For(document);
            foreach (var footnote in document.Footnotes)
            {
                if (!definitions.ContainsKey(footnote.Label))
                {
                    definitions.Add(footnote.Label, footnote);
                }
            }
        }

        public void Write()
        {
            xml.WriteStartElement("akomaNtoso", Namespace);
            if (document.Parts.Count > 1)
            {
                WriteCollection();
            }
            else
            {
                WriteStatement();
            }

            xml.WriteEndElement();
        }

        /// <summary>A text in one part: one <c>statement</c>, as the UN's files of ordinary resolutions.</summary>
        private void WriteStatement()
        {
            var header = document.Header;
            xml.WriteStartElement("statement");
            xml.WriteAttributeString("name", header.Kind == DocumentKind.Decision ? "decision" : "resolution");
            var part = document.Parts.Count == 1 ? document.Parts[0] : null;
            var frbr = identifiers.ForPartAlone(part?.Designation);
            WriteMeta(frbr, "main", withReferences: true);
            WriteCoverPage(header);
            WritePreface(header);

            if (part is not null && (part.Formula is { RunsOn: false } || part.Preamble.Count > 0))
            {
                WritePreamble(part);
            }

            xml.WriteStartElement("mainBody");
            if (part is not null)
            {
                Blocks(part.OperativePart, string.Empty, part.Formula is { RunsOn: true } runsOn ? runsOn : null);
            }
            else
            {
                // mainBody may not be empty: an empty text still gets one empty paragraph.
                Element("paragraph", "eId", Unique("para_1"), () => Content("para_1", InlineText.Empty));
            }

            xml.WriteEndElement();
            WriteConclusions(header);
            WriteAnnexes(frbr);
            xml.WriteEndElement();
        }

        /// <summary>
        /// A text in parts A, B …, as the UN's files of multi-part resolutions write it: a <c>documentCollection</c>
        /// (the work "75-101A-B", cover page, number and title, one <c>documentRef</c> per part) and, after it, one
        /// <c>component</c> per part holding the part as a <c>statement</c> of its own (the work "75-101A", its
        /// designation and title, formula, preamble, operative part and the closing meeting and date).
        /// </summary>
        private void WriteCollection()
        {
            var header = document.Header;
            var designations = new List<string>();
            for (var i = 0; i < document.Parts.Count; i++)
            {
                designations.Add(document.Parts[i].Designation ?? Numerals.ToLetters(i + 1).ToUpperInvariant());
            }

            xml.WriteStartElement("documentCollection");
            xml.WriteAttributeString("name", "publication");
            var collection = identifiers.ForCollection(designations[0], designations[designations.Count - 1]);
            WriteMeta(collection, "main", withReferences: true);
            WriteCoverPage(header);
            WritePreface(header);
            xml.WriteStartElement("collectionBody");
            for (var i = 0; i < designations.Count; i++)
            {
                var number = i.ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("component");
                xml.WriteAttributeString("eId", "comp_def_" + number);
                Empty("documentRef", "eId", "compRef_" + number, "href", "comp_" + number, "showAs", "Resolution " + designations[i]);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            WriteAnnexes(collection);
            xml.WriteEndElement();

            xml.WriteStartElement("components");
            for (var i = 0; i < designations.Count; i++)
            {
                WriteComponent(document.Parts[i], designations[i], "comp_" + i.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        /// <summary>One part of a multi-part text as a component; its eIds start afresh, as each is a document of its own.</summary>
        private void WriteComponent(DocumentPart part, string designation, string id)
        {
            eIds.Clear();
            headings = 0;
            tables = 0;
            xml.WriteStartElement("component");
            xml.WriteAttributeString("eId", id);
            xml.WriteStartElement("statement");
            xml.WriteAttributeString("name", document.Header.Kind == DocumentKind.Decision ? "decision" : "resolution");
            WriteMeta(identifiers.ForPart(designation), "main", withReferences: false);
            xml.WriteStartElement("preface");
            xml.WriteStartElement("p");
            InlineElement("docNumber", designation);
            if (part.DesignationNote is { } note)
            {
                InlineContent(note);
            }

            if (part.Title is { } title)
            {
                xml.WriteString(" ");
                xml.WriteStartElement("docTitle");
                xml.WriteAttributeString("refersTo", "#resolutionTitle");
                xml.WriteString(string.Empty);
                InlineContent(title);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            if (part.Formula is { RunsOn: false } || part.Preamble.Count > 0)
            {
                WritePreamble(part);
            }

            xml.WriteStartElement("mainBody");
            Blocks(part.OperativePart, string.Empty, part.Formula is { RunsOn: true } runsOn ? runsOn : null);
            if (part.OperativePart.IsEmpty)
            {
                Element("paragraph", "eId", Unique("para_1"), () => Content("para_1", InlineText.Empty));
            }

            xml.WriteEndElement();
            WriteConclusions(document.Header);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private void WriteMeta(AknIdentifiers frbr, string component, bool withReferences)
        {
            xml.WriteStartElement("meta");
            xml.WriteStartElement("identification");
            xml.WriteAttributeString("source", "#" + Source);

            xml.WriteStartElement("FRBRWork");
            Empty("FRBRthis", "value", frbr.WorkThis(component));
            Empty("FRBRuri", "value", frbr.WorkUri);
            Empty("FRBRdate", "date", frbr.WorkDate, "name", frbr.WorkDateName);
            Empty("FRBRauthor", "href", frbr.AuthorId, "as", "author");
            Empty("FRBRcountry", "value", "un");
            xml.WriteEndElement();

            xml.WriteStartElement("FRBRExpression");
            Empty("FRBRthis", "value", frbr.ExpressionThis(component));
            Empty("FRBRuri", "value", frbr.ExpressionUri);
            Empty("FRBRdate", "date", frbr.ExpressionDate, "name", "publication");
            Empty("FRBRauthor", "href", frbr.AuthorId, "as", "issuer");
            Empty("FRBRlanguage", "language", "eng");
            xml.WriteEndElement();

            xml.WriteStartElement("FRBRManifestation");
            Empty("FRBRthis", "value", frbr.ManifestationThis(component));
            Empty("FRBRuri", "value", frbr.ManifestationUri);
            Empty("FRBRdate", "date", frbr.ExpressionDate, "name", "markup");
            Empty("FRBRauthor", "href", Source, "as", "editor");
            xml.WriteEndElement();
            xml.WriteEndElement();

            if (withReferences)
            {
                xml.WriteStartElement("references");
                xml.WriteAttributeString("source", "#" + Source);
                Empty("TLCOrganization", "eId", Source, "href", "/akn/ontology/organization/draftingkit", "showAs", "DraftingKit");
                Empty("TLCOrganization", "eId", identifiers.AuthorId, "href", "/akn/ontology/organization/un/" + identifiers.AuthorOntologyName, "showAs", document.Header.Organ.Name);
                Empty("TLCConcept", "eId", "symbol", "href", "/akn/ontology/reference/un/symbol", "showAs", "Symbol");
                Empty("TLCConcept", "eId", "dateOfIssuance", "href", "/akn/ontology/concept/un/dateOfIssuance", "showAs", "Date of issuance");
                Empty("TLCConcept", "eId", "adoptionDate", "href", "/akn/ontology/concept/un/dateOfAdoption", "showAs", "Date of adoption");
                Empty("TLCTerm", "eId", "resolutionTitle", "href", "/akn/ontology/reference/un/resolutionTitle", "showAs", "Resolution title");
                if (document.Header.Organ.ClosesWithMeeting && HeaderLines.ReferenceLine(document.Header) is { } reference
                    && AknProponent.Read(reference) is { CommitteeId: { } committee, CommitteeName: { } committeeName })
                {
                    Empty("TLCTerm", "eId", committee, "href", "#" + committee, "showAs", committeeName);
                }
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        /// <summary>
        /// The header block as the UN's files set it, with their classes for the masthead's places: the symbol at the
        /// upper right, the organ large, the distribution lines small on the right.
        /// </summary>
        private void WriteCoverPage(DocumentHeader header)
        {
            var lines = new List<System.Action>();
            if (HeaderLines.HasHeaderBlock(header))
            {
                foreach (var line in HeaderLines.MastheadLines(header))
                {
                    var text = line.Text;
                    switch (line.Kind)
                    {
                        case HeaderLineKind.Symbol:
                            lines.Add(() =>
                            {
                                xml.WriteAttributeString("class", "upperRight");
                                InlineElement("docNumber", text, "refersTo", "#symbol");
                            });
                            break;
                        case HeaderLineKind.Organ:
                            lines.Add(() => InlineElement("docAuthority", text, "refersTo", "#" + identifiers.AuthorId, "class", "rightBig"));
                            break;
                        case HeaderLineKind.Distribution:
                            lines.Add(() => InlineElement("docStatus", text, "class", "rightSmall"));
                            break;
                        case HeaderLineKind.Issued:
                            lines.Add(() => InlineElement("docDate", text, "date", header.Issued!.Value.ToIsoString(), "refersTo", "#dateOfIssuance", "class", "rightSmall"));
                            break;
                        default:
                            lines.Add(() => InlineElement("inline", text, "name", "originalLanguage"));
                            break;
                    }
                }

                if (HeaderLines.SessionLine(header) is { } session)
                {
                    lines.Add(() => InlineElement("session", session, "value", header.Session!.Value.ToString(CultureInfo.InvariantCulture), "refersTo", "#" + identifiers.AuthorId));
                }

                if (HeaderLines.AgendaLine(header) is { } agenda)
                {
                    lines.Add(() => InlineElement("inline", agenda, "name", "agenda item"));
                }

                if (header.AgendaTitle is { } agendaTitle)
                {
                    lines.Add(() => InlineElement("inline", agendaTitle, "name", "agenda item name"));
                }
            }

            if (HeaderLines.AdoptionLine(header) is { } adoption)
            {
                lines.Add(() => InlineElement("docTitle", adoption));
            }

            if (HeaderLines.ReferenceLine(header) is { } reference)
            {
                lines.Add(header.Organ.ClosesWithMeeting ? () => WriteProponent(AknProponent.Read(reference)) : () => WriteCoverAdoption(header));
            }

            if (lines.Count == 0)
            {
                return;
            }

            xml.WriteStartElement("coverPage");
            xml.WriteAttributeString("eId", "coverPage_1");
            foreach (var line in lines)
            {
                xml.WriteStartElement("p");
                line();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        /// <summary>The reference line with its committee and originating document marked as the UN's files mark them.</summary>
        private void WriteProponent(AknProponent proponent)
        {
            xml.WriteStartElement("docProponent");
            if (proponent.CommitteeId is { } committee)
            {
                xml.WriteAttributeString("refersTo", "#" + committee);
            }

            xml.WriteString(XmlText.Safe(proponent.Before));
            if (proponent.Originating is { } originating)
            {
                InlineElement("inline", originating, "name", "originating document");
            }

            xml.WriteString(XmlText.Safe(proponent.After));
            xml.WriteEndElement();
        }

        /// <summary>
        /// The Council's adoption line on the cover, marked as its files mark it: "Adopted by the Security Council at its
        /// &lt;inline name="adoptionMeeting"&gt;8956th meeting&lt;/inline&gt;, on &lt;docDate&gt;27 January 2022&lt;/docDate&gt;".
        /// </summary>
        private void WriteCoverAdoption(DocumentHeader header)
        {
            var kind = header.Kind == DocumentKind.Decision ? DocumentKind.Decision : DocumentKind.Resolution;
            var adopted = header.Adopted!.Value;
            var line = header.Organ.AdoptionLine(kind, header.Meeting, adopted);
            xml.WriteStartElement("docTitle");
            xml.WriteAttributeString("refersTo", "#adoption");
            var date = adopted.ToString();
            var meetingAt = header.Meeting is { } meeting ? line.IndexOf(meeting, System.StringComparison.Ordinal) : -1;
            var dateAt = line.LastIndexOf(date, System.StringComparison.Ordinal);
            var position = 0;
            if (meetingAt >= 0 && header.Meeting is { } named)
            {
                xml.WriteString(XmlText.Safe(line.Substring(0, meetingAt)));
                InlineElement("inline", named, "name", "adoptionMeeting", "title", named.Split(' ')[0]);
                position = meetingAt + named.Length;
            }

            if (dateAt >= position)
            {
                xml.WriteString(XmlText.Safe(line.Substring(position, dateAt - position)));
                InlineElement("docDate", date, "date", adopted.ToIsoString(), "refersTo", "#adoptionDate");
                position = dateAt + date.Length;
            }

            xml.WriteString(XmlText.Safe(line.Substring(position)));
            xml.WriteEndElement();
        }

        private void WritePreface(DocumentHeader header)
        {
            var numbered = header.Status == DocumentStatus.Adopted && header.Number is not null;
            if (!numbered && header.Title is null && header.Label is null)
            {
                return;
            }

            xml.WriteStartElement("preface");
            if (header.Label is { } label)
            {
                xml.WriteStartElement("p");
                InlineElement("docStatus", label);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("p");
            xml.WriteString(string.Empty);
            if (numbered)
            {
                InlineElement("docNumber", header.Number + ".");
                if (header.Title is not null)
                {
                    xml.WriteString(" ");
                }
            }

            if (header.Title is { } title)
            {
                InlineElement("docTitle", title, "refersTo", "#resolutionTitle");
            }

            // A part issued on its own ("75/245 B"): its designation follows the title, with its footnote marker
            // after it, as in the UN's files.
            if (document.Parts.Count == 1 && document.Parts[0].Designation is { } designation)
            {
                xml.WriteString(" ");
                InlineElement("docNumber", designation);
                if (document.Parts[0].DesignationNote is { } note)
                {
                    InlineContent(note);
                }
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private void WritePreamble(DocumentPart part)
        {
            xml.WriteStartElement("preamble");
            if (part.Formula is { RunsOn: false } formula)
            {
                xml.WriteStartElement("formula");
                xml.WriteAttributeString("name", "enactingFormula");
                xml.WriteAttributeString("eId", Unique("formula_1"));
                Paragraph(formula.Text);
                xml.WriteEndElement();
            }

            var index = 0;
            foreach (var block in part.Preamble)
            {
                index++;
                var id = Unique("container_" + index.ToString(CultureInfo.InvariantCulture));
                switch (block)
                {
                    case PreambularParagraph paragraph:
                        xml.WriteStartElement("container");
                        xml.WriteAttributeString("name", XmlText.Safe(paragraph.Lead ?? "preambular"));
                        xml.WriteAttributeString("eId", id);
                        Paragraph(paragraph.Text);
                        SubparagraphBlocks(paragraph.Subparagraphs);
                        xml.WriteEndElement();
                        break;
                    case Heading heading:
                        // A heading among the preambular paragraphs stands as a paragraph of the preamble, not a container:
                        // the UN's file sets it so (S/RES/2713 (2023), "Degrading the threat posed by Al-Shabaab …").
                        Paragraph(heading.Text);
                        break;
                    case TextParagraph text:
                        xml.WriteStartElement("container");
                        xml.WriteAttributeString("name", "text");
                        xml.WriteAttributeString("eId", id);
                        Paragraph(text.Text);
                        SubparagraphBlocks(text.Subparagraphs);
                        xml.WriteEndElement();
                        break;
                    case OperativeParagraph operative:
                        xml.WriteStartElement("container");
                        xml.WriteAttributeString("name", XmlText.Safe(operative.Lead ?? "paragraph"));
                        xml.WriteAttributeString("eId", id);
                        Paragraph(operative.Text);
                        SubparagraphBlocks(operative.Subparagraphs);
                        xml.WriteEndElement();
                        break;
                    case Table table:
                        xml.WriteStartElement("container");
                        xml.WriteAttributeString("name", "table");
                        xml.WriteAttributeString("eId", id);
                        WriteTable(table);
                        xml.WriteEndElement();
                        break;
                }
            }

            xml.WriteEndElement();
        }

        /// <summary>Subparagraphs of a preambular paragraph, which AKN containers can only hold as blocks: one p each.</summary>
        private void SubparagraphBlocks(EquatableArray<Subparagraph> items)
        {
            foreach (var item in items)
            {
                xml.WriteStartElement("p");
                PreserveSpaces(item.Text);
                xml.WriteString(string.Empty);
                if (item.DisplayLabel.Length > 0)
                {
                    xml.WriteString(XmlText.Safe(item.DisplayLabel) + " ");
                }

                InlineContent(item.Text);
                xml.WriteEndElement();
                SubparagraphBlocks(item.Items);
            }
        }

        private void Blocks(IEnumerable<BodyBlock> blocks, string prefix, EnactingFormula? runOnFormula = null)
        {
            var index = 0;
            foreach (var block in blocks)
            {
                index++;
                switch (block)
                {
                    case OperativeParagraph paragraph:
                    {
                        // "para_5_bis" for a paragraph added in negotiation: AKN4UN eIds join their parts with "_".
                        var id = prefix + "para_" + (paragraph.Number is null ? index.ToString(CultureInfo.InvariantCulture) : paragraph.NumberKey.Replace('-', '_'));
                        var text = paragraph.Text;
                        if (index == 1 && runOnFormula is { } formula)
                        {
                            // "The Economic and Social Council decides to …": formula and paragraph are one sentence.
                            var runOn = new List<Inline>(formula.Text.Inlines) { new TextRun(" ", SourceSpan.None) };
                            runOn.AddRange(text.Inlines);
                            text = new InlineText(EquatableArray.From(runOn));
                        }

                        if (AsParagraphs(paragraph.Subparagraphs))
                        {
                            NumberedParagraph(Unique(id), paragraph.DisplayNumber, text, EquatableArray<Subparagraph>.Empty);
                            SubparagraphsAsParagraphs(id, paragraph.Subparagraphs);
                        }
                        else
                        {
                            NumberedParagraph(Unique(id), paragraph.DisplayNumber, text, paragraph.Subparagraphs);
                        }

                        break;
                    }

                    case TextParagraph paragraph:
                    {
                        var id = Unique(prefix + "para_" + index.ToString(CultureInfo.InvariantCulture));
                        // A decimal label ("4.10", an agenda's sub-item) takes no closing full stop, as the UN prints it.
                        var number = paragraph.Label is null ? string.Empty
                            : paragraph.Label.IndexOf('.') >= 0 ? paragraph.Label : paragraph.Label + ".";
                        if (AsParagraphs(paragraph.Subparagraphs))
                        {
                            NumberedParagraph(id, number, paragraph.Text, EquatableArray<Subparagraph>.Empty);
                            SubparagraphsAsParagraphs(id, paragraph.Subparagraphs);
                        }
                        else
                        {
                            NumberedParagraph(id, number, paragraph.Text, paragraph.Subparagraphs);
                        }

                        break;
                    }
                    case PreambularParagraph paragraph:
                        NumberedParagraph(Unique(prefix + "para_" + index.ToString(CultureInfo.InvariantCulture)), string.Empty, paragraph.Text, paragraph.Subparagraphs);
                        break;
                    case Heading heading:
                        headings++;
                        xml.WriteStartElement("paragraph");
                        xml.WriteAttributeString("eId", Unique(prefix + "subheading_" + headings.ToString(CultureInfo.InvariantCulture)));
                        var headingText = heading.Text;
                        if (headingMarkup == AknHeadingMarkup.Numbered && (HeadingNumber.Split(heading.Text) ?? LetteredHeading(heading.Text)) is { } numbered)
                        {
                            xml.WriteElementString("num", XmlText.Safe(numbered.Number));
                            headingText = numbered.Title;
                        }

                        if (!headingText.IsEmpty)
                        {
                            xml.WriteStartElement("subheading");
                            xml.WriteString(string.Empty);
                            InlineContent(headingText);
                            xml.WriteEndElement();
                        }

                        xml.WriteEndElement();
                        break;
                    case Table table:
                        // The UN's files set a table in a container of its own: <container name="table">.
                        tables++;
                        var containerId = Unique(prefix + "table_" + tables.ToString(CultureInfo.InvariantCulture));
                        xml.WriteStartElement("container");
                        xml.WriteAttributeString("name", "table");
                        xml.WriteAttributeString("eId", containerId);
                        WriteTable(table);
                        xml.WriteEndElement();
                        break;
                }
            }
        }

        /// <summary>
        /// A paragraph: its number, then either its content or, when it introduces subparagraphs, a list whose intro
        /// is the paragraph's own text (the UN files' shape).
        /// </summary>
        private void NumberedParagraph(string id, string number, InlineText text, EquatableArray<Subparagraph> items)
        {
            xml.WriteStartElement("paragraph");
            xml.WriteAttributeString("eId", id);
            if (number.Length > 0)
            {
                xml.WriteElementString("num", XmlText.Safe(number));
            }

            if (items.IsEmpty)
            {
                Content(id, text);
            }
            else
            {
                List(id + "__list_1", text, items);
            }

            xml.WriteEndElement();
        }

        /// <summary>
        /// Subparagraphs as the UN's files of the other form write them: one unnumbered paragraph each, after the
        /// paragraph they belong to, its text opening with the label and a tab ("(a)&#9;To invest …").
        /// </summary>
        private void SubparagraphsAsParagraphs(string id, EquatableArray<Subparagraph> items)
        {
            var index = 0;
            foreach (var item in items)
            {
                index++;
                var itemId = Unique(id + "_" + (item.Label.Length > 0 && IsNameSafe(item.Label) ? item.Label : index.ToString(CultureInfo.InvariantCulture)));
                // Points under a subparagraph written as a paragraph make its list, its own text their intro ("(e) To
                // aim at …:" with "(i)" … "(iv)", 76/84 A).
                var list = AsParagraphs(item.Items) ? EquatableArray<Subparagraph>.Empty : item.Items;
                if (subparagraphs.FormOf(item) == AknSubparagraphMarkup.NumberedParagraphs && item.DisplayLabel.Length > 0)
                {
                    NumberedParagraph(itemId, item.DisplayLabel, item.Text, list);
                }
                else
                {
                    var text = new List<Inline>();
                    if (item.DisplayLabel.Length > 0)
                    {
                        text.Add(new TextRun(item.DisplayLabel + "\t", SourceSpan.None));
                    }

                    text.AddRange(item.Text.Inlines);
                    NumberedParagraph(itemId, string.Empty, new InlineText(EquatableArray.From(text)), list);
                }

                if (list.IsEmpty)
                {
                    SubparagraphsAsParagraphs(itemId, item.Items);
                }
            }
        }

        /// <summary>
        /// True when a paragraph's subparagraphs follow it as paragraphs of their own rather than as a list: the
        /// form of the first decides, as a paragraph holds either a list or none.
        /// </summary>
        private bool AsParagraphs(EquatableArray<Subparagraph> items) =>
            !items.IsEmpty && subparagraphs.FormOf(items[0]) != AknSubparagraphMarkup.Points;

        private void List(string id, InlineText intro, EquatableArray<Subparagraph> items)
        {
            xml.WriteStartElement("list");
            xml.WriteAttributeString("eId", id);
            if (!intro.IsEmpty)
            {
                xml.WriteStartElement("intro");
                xml.WriteAttributeString("eId", id + "__intro");
                Paragraph(intro);
                xml.WriteEndElement();
            }

            Points(id, items);
            xml.WriteEndElement();
        }

        /// <summary>
        /// The points of a list; a point's own subparagraphs follow it in a <c>sublist</c>, as the UN's files nest
        /// "(i)" under "(a)" (75/325, 76/177), the point keeping its text as content.
        /// </summary>
        private void Points(string id, EquatableArray<Subparagraph> items)
        {
            var index = 0;
            foreach (var item in items)
            {
                index++;
                var pointId = Unique(id + "__point_" + (item.Label.Length > 0 && IsNameSafe(item.Label) ? item.Label : index.ToString(CultureInfo.InvariantCulture)));
                xml.WriteStartElement("point");
                xml.WriteAttributeString("eId", pointId);
                var (marker, pointText) = item.DisplayLabel.Length > 0 ? (item.DisplayLabel, item.Text) : DashOrBullet(item.Text);
                if (marker.Length > 0)
                {
                    xml.WriteElementString("num", XmlText.Safe(marker));
                }

                Content(pointId, pointText);
                xml.WriteEndElement();
                if (!item.Items.IsEmpty)
                {
                    var sublistId = Unique(pointId + "__list_1");
                    xml.WriteStartElement("sublist");
                    xml.WriteAttributeString("eId", sublistId);
                    Points(sublistId, item.Items);
                    xml.WriteEndElement();
                }
            }
        }

        /// <summary>
        /// A heading that opens with a letter in brackets, "(a) Transport" under "Infrastructure development"
        /// (76/258): a file that numbers its headings in <c>num</c> numbers these there too.
        /// </summary>
        private static (string Number, InlineText Title)? LetteredHeading(InlineText heading)
        {
            var match = LetteredHeadingNumber.Match(heading.PlainText);
            return match.Success
                ? (match.Groups[1].Value, InlineSlicing.Trim(InlineSlicing.TrimStart(heading, match.Length)))
                : null;
        }

        /// <summary>
        /// "– UNIOGBIS will continue …", "• Conclude without further delay …", "a. demands …": an item marked by a dash, a
        /// bullet or a letter with a full stop, which the UN's files set as a point with the mark as its number
        /// (S/RES/2512 (2020), S/RES/2729 (2024), S/RES/2705 (2023)).
        /// </summary>
        private static (string Marker, InlineText Text) DashOrBullet(InlineText text)
        {
            var plain = text.PlainText;
            if (plain.Length > 2 && plain[0] is '–' or '—' or '•' or '▪' && plain[1] == ' ')
            {
                return (plain.Substring(0, 1), InlineSlicing.TrimStart(text, 2));
            }

            // "a. demands that all parties …", "ii. …": the Council's points lettered in the style of its members' drafts
            // (S/RES/2705 (2023), paragraph 8), kept in the item's text by the model and set as the point's number.
            var space = plain.IndexOf(' ');
            if (space is >= 2 and <= 5 && plain[space - 1] == '.' && plain.Substring(0, space - 1) is var letters
                && (letters.Length == 1 ? letters[0] is >= 'a' and <= 'z' : letters.All(c => c is 'i' or 'v' or 'x')))
            {
                return (plain.Substring(0, space), InlineSlicing.TrimStart(text, space + 1));
            }

            return (string.Empty, text);
        }

        private static bool IsNameSafe(string label) => label.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'));

        private void Content(string id, InlineText text)
        {
            xml.WriteStartElement("content");
            xml.WriteAttributeString("eId", id + "__content");
            Paragraph(text);
            xml.WriteEndElement();
        }

        private void WriteConclusions(DocumentHeader header)
        {
            if (header.Status != DocumentStatus.Adopted || header.Meeting is null || !header.Organ.ClosesWithMeeting)
            {
                return;
            }

            xml.WriteStartElement("conclusions");
            xml.WriteAttributeString("eId", "conclusions");
            xml.WriteStartElement("p");
            var meeting = header.Meeting;
            var ordinal = meeting.Split(' ')[0];
            InlineElement("inline", meeting, "name", "adoptionMeeting", "title", ordinal);
            if (header.Adopted is { } adopted)
            {
                xml.WriteStartElement("eol");
                xml.WriteEndElement();
                InlineElement("docDate", adopted.ToString(), "date", adopted.ToIsoString(), "refersTo", "#adoptionDate");
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private void WriteAnnexes(AknIdentifiers frbr)
        {
            if (document.Annexes.IsEmpty)
            {
                return;
            }

            xml.WriteStartElement("attachments");
            var index = 0;
            foreach (var annex in document.Annexes)
            {
                index++;
                var number = index.ToString(CultureInfo.InvariantCulture);
                var component = document.Annexes.Count == 1 ? "annex" : "annex_" + number;
                var prefix = "annex_" + number + "__";
                xml.WriteStartElement("attachment");
                xml.WriteAttributeString("eId", "att_" + number);
                xml.WriteStartElement("doc");
                xml.WriteAttributeString("name", "annex");
                WriteMeta(frbr, "main/" + component, withReferences: false);
                xml.WriteStartElement("preface");
                xml.WriteStartElement("p");
                InlineElement("docNumber", annex.Label);
                xml.WriteEndElement();
                if (annex.Title is { } title)
                {
                    xml.WriteStartElement("p");
                    xml.WriteStartElement("docTitle");
                    xml.WriteString(string.Empty);
                    InlineContent(title);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                xml.WriteStartElement("mainBody");
                if (annex.Blocks.IsEmpty)
                {
                    Element("paragraph", "eId", Unique(prefix + "para_1"), () => Content(prefix + "para_1", InlineText.Empty));
                }

                Blocks(annex.Blocks, prefix);
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private void WriteTable(Table table)
        {
            tables++;
            xml.WriteStartElement("table");
            xml.WriteAttributeString("eId", Unique("table_" + tables.ToString(CultureInfo.InvariantCulture) + "__grid"));
            foreach (var row in table.Rows)
            {
                xml.WriteStartElement("tr");
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    xml.WriteStartElement(row.IsHeader ? "th" : "td");
                    if (row.SpanOf(i) > 1)
                    {
                        xml.WriteAttributeString("colspan", row.SpanOf(i).ToString(CultureInfo.InvariantCulture));
                    }

                    Paragraph(row.Cells[i]);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private void Paragraph(InlineText text)
        {
            xml.WriteStartElement("p");
            PreserveSpaces(text);
            xml.WriteString(string.Empty);
            InlineContent(text);
            xml.WriteEndElement();
        }

        /// <summary>
        /// A space that stands alone between two elements (between two italic spans, "Seventy-seventh Session") is white
        /// space an XML reader drops unless the paragraph says to keep it; the UN's files mark every p so.
        /// </summary>
        private void PreserveSpaces(InlineText text)
        {
            if (HasSpaceOnlyRun(text))
            {
                xml.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
            }
        }

        private static bool HasSpaceOnlyRun(InlineText text)
        {
            var inlines = text.Inlines;
            for (var i = 0; i < inlines.Count; i++)
            {
                // Only a run that stands next to an element is a text node of white space alone.
                var besideElement = (i > 0 && inlines[i - 1] is not TextRun) || (i + 1 < inlines.Count && inlines[i + 1] is not TextRun);
                var found = inlines[i] switch
                {
                    TextRun run => besideElement && run.Text.Length > 0 && run.Text.Trim().Length == 0,
                    Emphasis emphasis => HasSpaceOnlyRun(emphasis.Content),
                    StrongEmphasis strong => HasSpaceOnlyRun(strong.Content),
                    DocumentLink link => HasSpaceOnlyRun(link.Content),
                    _ => false,
                };
                if (found)
                {
                    return true;
                }
            }

            return false;
        }

        private void InlineContent(InlineText text)
        {
            foreach (var inline in text.Inlines)
            {
                switch (inline)
                {
                    case TextRun run:
                        xml.WriteString(XmlText.Safe(run.Text));
                        break;
                    case Emphasis emphasis:
                        xml.WriteStartElement("span");
                        xml.WriteAttributeString("class", "italic");
                        InlineContent(emphasis.Content);
                        xml.WriteEndElement();
                        break;
                    case StrongEmphasis strong:
                        xml.WriteStartElement("span");
                        xml.WriteAttributeString("class", "bold");
                        InlineContent(strong.Content);
                        xml.WriteEndElement();
                        break;
                    case DocumentLink link when DocumentLinks.AddressOf(link.Target) is { } address:
                        xml.WriteStartElement("a");
                        xml.WriteAttributeString("href", address);
                        InlineContent(link.Content);
                        xml.WriteEndElement();
                        break;
                    case DocumentLink link:
                        InlineContent(link.Content);
                        break;
                    case FootnoteReference reference:
                        WriteNote(reference.Label);
                        break;
                }
            }
        }

        /// <summary>
        /// The footnote itself at its first reference (<c>authorialNote</c>, as the UN files place it); a later
        /// reference to the same footnote points back to it with <c>noteRef</c>.
        /// </summary>
        private void WriteNote(string label)
        {
            var marker = (numbering.NumberOf(label) ?? 0).ToString(CultureInfo.InvariantCulture);
            var id = "authorialNote_" + marker;
            if (!placed.Add(label))
            {
                Empty("noteRef", "href", "#" + id, "marker", marker);
                return;
            }

            xml.WriteStartElement("authorialNote");
            xml.WriteAttributeString("marker", marker);
            xml.WriteAttributeString("placement", "bottom");
            xml.WriteAttributeString("eId", Unique(id));
            Paragraph(definitions.TryGetValue(label, out var footnote) ? footnote.Text : InlineText.Empty);
            xml.WriteEndElement();
        }

        private string Unique(string id)
        {
            if (eIds.Add(id))
            {
                return id;
            }

            for (var i = 2; ; i++)
            {
                var candidate = id + "_" + i.ToString(CultureInfo.InvariantCulture);
                if (eIds.Add(candidate))
                {
                    return candidate;
                }
            }
        }

        private void Element(string name, string attribute, string value, System.Action content, string? attribute2 = null, string? value2 = null)
        {
            xml.WriteStartElement(name);
            xml.WriteAttributeString(attribute, value);
            if (attribute2 is not null)
            {
                xml.WriteAttributeString(attribute2, value2);
            }

            content();
            xml.WriteEndElement();
        }

        private void InlineElement(string name, string text, params string[] attributes)
        {
            xml.WriteStartElement(name);
            for (var i = 0; i + 1 < attributes.Length; i += 2)
            {
                xml.WriteAttributeString(attributes[i], XmlText.Safe(attributes[i + 1]));
            }

            xml.WriteString(XmlText.Safe(text));
            xml.WriteEndElement();
        }

        private void Empty(string name, params string[] attributes)
        {
            xml.WriteStartElement(name);
            for (var i = 0; i + 1 < attributes.Length; i += 2)
            {
                xml.WriteAttributeString(attributes[i], XmlText.Safe(attributes[i + 1]));
            }

            xml.WriteEndElement();
        }
    }
}
