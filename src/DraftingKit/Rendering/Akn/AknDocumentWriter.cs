using System.Globalization;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// Writes the frame of an AKN document, mirroring <see cref="Import.Akn.AknImporter"/>: a <c>statement</c> for a text in
/// one part, a <c>documentCollection</c> with one <c>component</c> per part otherwise, and annexes as attachments; the
/// header, body, inline and closing writers write what they hold.
/// </summary>
internal sealed class AknDocumentWriter
{
    private readonly AknXml akn;
    private readonly XmlWriter xml;
    private readonly ResolutionDocument document;
    private readonly AknIdentifiers identifiers;
    private readonly AknInlineWriter inline;
    private readonly AknHeaderWriter header;
    private readonly AknBodyWriter body;
    private readonly AknClosingWriter closing;
    private readonly ICollection<SourceSpan> preambleInMainBody;

    public AknDocumentWriter(XmlWriter xml, ResolutionDocument document, AknRenderOptions options)
    {
        akn = new AknXml(xml);
        this.xml = xml;
        this.document = document;
        identifiers = AknIdentifiers.For(document.Header);
        inline = new AknInlineWriter(akn, document);
        header = new AknHeaderWriter(akn, inline, document, identifiers);
        body = new AknBodyWriter(akn, inline, options, document);
        closing = new AknClosingWriter(akn);
        preambleInMainBody = options.PreambleInMainBody ?? new HashSet<SourceSpan>();
    }

    /// <summary>The whole document, from <c>akomaNtoso</c> down.</summary>
    public void Write()
    {
        xml.WriteStartElement("akomaNtoso", AknRenderer.Namespace);
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
        var part = document.Parts.Count == 1 ? AknPreambleInMainBody.AsFiled(document.Parts[0], preambleInMainBody) : null;
        var frbr = identifiers.ForPartAlone(part?.Designation);
        this.header.WriteMeta(frbr, "main", withReferences: true);
        this.header.WriteCoverPage(header, document.Parts.Count);
        this.header.WritePreface(header);

        if (part is not null && (part.Formula is { RunsOn: false } || part.Preamble.Count > 0))
        {
            body.WritePreamble(part);
        }

        xml.WriteStartElement("mainBody");
        if (part is not null)
        {
            body.Blocks(part.OperativePart, string.Empty, part.Formula is { RunsOn: true } runsOn ? runsOn : null);
        }
        else
        {
            // mainBody may not be empty: an empty text still gets one empty paragraph.
            body.EmptyParagraph(string.Empty);
        }

        xml.WriteEndElement();
        closing.WriteConclusions(header);
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
        this.header.WriteMeta(collection, "main", withReferences: true);
        this.header.WriteCoverPage(header, document.Parts.Count);
        this.header.WritePreface(header);
        xml.WriteStartElement("collectionBody");
        for (var i = 0; i < designations.Count; i++)
        {
            var number = i.ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("component");
            xml.WriteAttributeString("eId", "comp_def_" + number);
            akn.Empty("documentRef", "eId", "compRef_" + number, "href", "comp_" + number, "showAs", "Resolution " + designations[i]);
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
        part = AknPreambleInMainBody.AsFiled(part, preambleInMainBody);
        akn.StartDocument();
        body.StartDocument();
        xml.WriteStartElement("component");
        xml.WriteAttributeString("eId", id);
        xml.WriteStartElement("statement");
        xml.WriteAttributeString("name", document.Header.Kind == DocumentKind.Decision ? "decision" : "resolution");
        header.WriteMeta(identifiers.ForPart(designation), "main", withReferences: false);
        header.WritePartPreface(part, designation);
        if (part.Formula is { RunsOn: false } || part.Preamble.Count > 0)
        {
            body.WritePreamble(part);
        }

        xml.WriteStartElement("mainBody");
        body.Blocks(part.OperativePart, string.Empty, part.Formula is { RunsOn: true } runsOn ? runsOn : null);
        if (part.OperativePart.IsEmpty)
        {
            body.EmptyParagraph(string.Empty);
        }

        xml.WriteEndElement();
        closing.WriteConclusions(document.Header);
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
            header.WriteMeta(frbr, "main/" + component, withReferences: false);
            header.WriteAnnexPreface(annex);
            xml.WriteStartElement("mainBody");
            if (annex.Blocks.IsEmpty)
            {
                body.EmptyParagraph(prefix);
            }

            body.Blocks(annex.Blocks, prefix);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
