using System.Globalization;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// Writes what comes before the text as AKN, mirroring <see cref="Import.Akn.AknHeaderReader"/>: the FRBR
/// identification, the cover page with the header block and the preface (number and title).
/// </summary>
internal sealed class AknHeaderWriter
{
    private const string Source = "draftingkit";

    private readonly AknXml akn;
    private readonly XmlWriter xml;
    private readonly AknInlineWriter inline;
    private readonly ResolutionDocument document;
    private readonly AknIdentifiers identifiers;

    public AknHeaderWriter(AknXml akn, AknInlineWriter inline, ResolutionDocument document, AknIdentifiers identifiers)
    {
        this.akn = akn;
        xml = akn.Writer;
        this.inline = inline;
        this.document = document;
        this.identifiers = identifiers;
    }

    /// <summary>The FRBR identification of a work, its English expression and its XML manifestation, and the references they name.</summary>
    public void WriteMeta(AknIdentifiers frbr, string component, bool withReferences)
    {
        xml.WriteStartElement("meta");
        xml.WriteStartElement("identification");
        xml.WriteAttributeString("source", "#" + Source);

        xml.WriteStartElement("FRBRWork");
        akn.Empty("FRBRthis", "value", frbr.WorkThis(component));
        akn.Empty("FRBRuri", "value", frbr.WorkUri);
        akn.Empty("FRBRdate", "date", frbr.WorkDate, "name", frbr.WorkDateName);
        akn.Empty("FRBRauthor", "href", frbr.AuthorId, "as", "author");
        akn.Empty("FRBRcountry", "value", "un");
        xml.WriteEndElement();

        xml.WriteStartElement("FRBRExpression");
        akn.Empty("FRBRthis", "value", frbr.ExpressionThis(component));
        akn.Empty("FRBRuri", "value", frbr.ExpressionUri);
        akn.Empty("FRBRdate", "date", frbr.ExpressionDate, "name", "publication");
        akn.Empty("FRBRauthor", "href", frbr.AuthorId, "as", "issuer");
        akn.Empty("FRBRlanguage", "language", frbr.LanguageCode);
        xml.WriteEndElement();

        xml.WriteStartElement("FRBRManifestation");
        akn.Empty("FRBRthis", "value", frbr.ManifestationThis(component));
        akn.Empty("FRBRuri", "value", frbr.ManifestationUri);
        akn.Empty("FRBRdate", "date", frbr.ExpressionDate, "name", "markup");
        akn.Empty("FRBRauthor", "href", Source, "as", "editor");
        xml.WriteEndElement();
        xml.WriteEndElement();

        if (withReferences)
        {
            xml.WriteStartElement("references");
            xml.WriteAttributeString("source", "#" + Source);
            akn.Empty("TLCOrganization", "eId", Source, "href", "/akn/ontology/organization/draftingkit", "showAs", "DraftingKit");
            akn.Empty("TLCOrganization", "eId", identifiers.AuthorId, "href", "/akn/ontology/organization/un/" + identifiers.AuthorOntologyName, "showAs", document.Header.Organ.Name);
            akn.Empty("TLCConcept", "eId", "symbol", "href", "/akn/ontology/reference/un/symbol", "showAs", "Symbol");
            akn.Empty("TLCConcept", "eId", "dateOfIssuance", "href", "/akn/ontology/concept/un/dateOfIssuance", "showAs", "Date of issuance");
            akn.Empty("TLCConcept", "eId", "adoptionDate", "href", "/akn/ontology/concept/un/dateOfAdoption", "showAs", "Date of adoption");
            akn.Empty("TLCTerm", "eId", "resolutionTitle", "href", "/akn/ontology/reference/un/resolutionTitle", "showAs", "Resolution title");
            if (document.Header.Organ.ClosesWithMeeting && HeaderLines.ReferenceLine(document.Header) is { } reference
                && AknProponent.Read(reference) is { CommitteeId: { } committee, CommitteeName: { } committeeName })
            {
                akn.Empty("TLCTerm", "eId", committee, "href", "#" + committee, "showAs", committeeName);
            }
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// The header block as the UN's files set it, with their classes for the masthead's places: the symbol at the
    /// upper right, the organ large, the distribution lines small on the right.
    /// </summary>
    public void WriteCoverPage(DocumentHeader header, int parts)
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
                            akn.InlineElement("docNumber", text, "refersTo", "#symbol");
                        });
                        break;
                    case HeaderLineKind.Organ:
                        lines.Add(() => akn.InlineElement("docAuthority", text, "refersTo", "#" + identifiers.AuthorId, "class", "rightBig"));
                        break;
                    case HeaderLineKind.Distribution:
                        lines.Add(() => akn.InlineElement("docStatus", text, "class", "rightSmall"));
                        break;
                    case HeaderLineKind.Issued:
                        lines.Add(() => akn.InlineElement("docDate", text, "date", header.Issued!.Value.ToIsoString(), "refersTo", "#dateOfIssuance", "class", "rightSmall"));
                        break;
                    default:
                        lines.Add(() => akn.InlineElement("inline", text, "name", "originalLanguage"));
                        break;
                }
            }

            if (HeaderLines.SessionLine(header) is { } session)
            {
                lines.Add(() => akn.InlineElement("session", session, "value", header.Session!.Value.ToString(CultureInfo.InvariantCulture), "refersTo", "#" + identifiers.AuthorId));
            }

            if (HeaderLines.AgendaLine(header) is { } agenda)
            {
                lines.Add(() => akn.InlineElement("inline", agenda, "name", "agenda item"));
            }

            foreach (var agendaTitle in HeaderLines.AgendaTitles(header))
            {
                lines.Add(() => akn.InlineElement("inline", agendaTitle, "name", "agenda item name"));
            }
        }

        if (HeaderLines.AdoptionLine(header, parts) is { } adoption)
        {
            lines.Add(() => akn.InlineElement("docTitle", adoption));
        }

        if (HeaderLines.ReferenceLine(header) is { } reference)
        {
            lines.Add(header.Organ.ClosesWithMeeting ? () => WriteProponent(AknProponent.Read(reference)) : () => WriteCoverAdoption(header, parts > 1));
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
            akn.InlineElement("inline", originating, "name", "originating document");
        }

        xml.WriteString(XmlText.Safe(proponent.After));
        xml.WriteEndElement();
    }

    /// <summary>
    /// The Council's adoption line on the cover, marked as its files mark it: "Adopted by the Security Council at its
    /// &lt;inline name="adoptionMeeting"&gt;8956th meeting&lt;/inline&gt;, on &lt;docDate&gt;27 January 2022&lt;/docDate&gt;".
    /// </summary>
    private void WriteCoverAdoption(DocumentHeader header, bool inParts)
    {
        var kind = header.Kind == DocumentKind.Decision ? DocumentKind.Decision : DocumentKind.Resolution;
        var adopted = header.Adopted!.Value;
        var line = header.Organ.AdoptionLine(kind, header.Meeting, adopted, inParts);
        xml.WriteStartElement("docTitle");
        xml.WriteAttributeString("refersTo", "#adoption");
        var date = adopted.ToString();
        var meetingAt = header.Meeting is { } meeting ? line.IndexOf(meeting, System.StringComparison.Ordinal) : -1;
        var dateAt = line.LastIndexOf(date, System.StringComparison.Ordinal);
        var position = 0;
        if (meetingAt >= 0 && header.Meeting is { } named)
        {
            xml.WriteString(XmlText.Safe(line.Substring(0, meetingAt)));
            akn.InlineElement("inline", named, "name", "adoptionMeeting", "title", named.Split(' ')[0]);
            position = meetingAt + named.Length;
        }

        if (dateAt >= position)
        {
            xml.WriteString(XmlText.Safe(line.Substring(position, dateAt - position)));
            akn.InlineElement("docDate", date, "date", adopted.ToIsoString(), "refersTo", "#adoptionDate");
            position = dateAt + date.Length;
        }

        xml.WriteString(XmlText.Safe(line.Substring(position)));
        xml.WriteEndElement();
    }

    public void WritePreface(DocumentHeader header)
    {
        var numbered = header.Status == DocumentStatus.Adopted && header.Number is not null;
        var titleLine = numbered || header.Title is not null || header.Label is not null;
        var sponsors = HeaderLines.SponsorsLine(header) is not null ? header.Sponsors : null;
        if (!titleLine && sponsors is null)
        {
            return;
        }

        xml.WriteStartElement("preface");
        if (sponsors is not null)
        {
            // A draft's sponsors line: "<docProponent>Albania, …</docProponent>: <docStatus>draft resolution</docStatus>".
            xml.WriteStartElement("p");
            akn.InlineElement("docProponent", sponsors);
            var words = HeaderWording.For(header.Language);
            xml.WriteString(words.SponsorsSeparator);
            akn.InlineElement("docStatus", words.DraftStatus(header.Kind == DocumentKind.Decision ? DocumentKind.Decision : DocumentKind.Resolution));
            xml.WriteEndElement();
        }

        if (header.Label is { } label)
        {
            xml.WriteStartElement("p");
            akn.InlineElement("docStatus", label);
            xml.WriteEndElement();
        }

        if (!titleLine)
        {
            xml.WriteEndElement();
            return;
        }

        xml.WriteStartElement("p");
        xml.WriteString(string.Empty);
        if (numbered)
        {
            akn.InlineElement("docNumber", header.Number + ".");
            if (header.Title is not null)
            {
                xml.WriteString(" ");
            }
        }

        if (header.Title is { } title)
        {
            akn.InlineElement("docTitle", title, "refersTo", "#resolutionTitle");
        }

        // A part issued on its own ("75/245 B"): its designation follows the title, with its footnote marker
        // after it, as in the UN's files.
        if (document.Parts.Count == 1 && document.Parts[0].Designation is { } designation)
        {
            xml.WriteString(" ");
            akn.InlineElement("docNumber", designation);
            if (document.Parts[0].DesignationNote is { } note)
            {
                inline.Write(note);
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The preface of one part of a multi-part text: its designation, its footnote and its title.</summary>
    public void WritePartPreface(DocumentPart part, string designation)
    {
        xml.WriteStartElement("preface");
        xml.WriteStartElement("p");
        akn.InlineElement("docNumber", designation);
        if (part.DesignationNote is { } note)
        {
            inline.Write(note);
        }

        if (part.Title is { } title)
        {
            xml.WriteString(" ");
            xml.WriteStartElement("docTitle");
            xml.WriteAttributeString("refersTo", "#resolutionTitle");
            xml.WriteString(string.Empty);
            inline.Write(title);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The preface of an annex: its label and its title.</summary>
    public void WriteAnnexPreface(Annex annex)
    {
        xml.WriteStartElement("preface");
        xml.WriteStartElement("p");
        akn.InlineElement("docNumber", annex.Label);
        xml.WriteEndElement();
        if (annex.Title is { } title)
        {
            xml.WriteStartElement("p");
            xml.WriteStartElement("docTitle");
            xml.WriteString(string.Empty);
            inline.Write(title);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
