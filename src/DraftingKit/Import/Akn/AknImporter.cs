using System.Globalization;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import.Akn;

/// <summary>
/// Imports an adopted General Assembly resolution from the UN's Akoma Ntoso for the United Nations (AKN4UN) XML
/// into the document model: the header (symbol, session, agenda item, dates, committee report), the title and
/// number, each part's formula, preamble and operative part, footnotes, citations, tables, annexes and the
/// closing meeting. What the model cannot hold is reported as a diagnostic (DK0151–DK0199); the importer never
/// throws on a bad file and reads it with the framework's XML reader, DTDs prohibited and nothing resolved.
/// </summary>
public static class AknImporter
{
    /// <summary>Imports the file at <paramref name="path"/>.</summary>
    public static AknImportResult ImportFile(string path)
    {
        if (Security.InputChecks.FileTooLarge(path, Security.InputLimits.ImportBytes, Security.InputChecks.ImportedFiles) is { } refusal)
        {
            return new AknImportResult(Empty(path), new[] { refusal });
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Import(path, stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var context = new AknContext(path);
            context.Report(AknImportDiagnostics.UnreadableXml, null, exception.Message);
            return new AknImportResult(Empty(path), context.Diagnostics);
        }
    }

    /// <summary>Imports AKN4UN XML given as text; <paramref name="path"/> names it in spans and diagnostics.</summary>
    public static AknImportResult Import(string path, string xml)
    {
        using var reader = new StringReader(xml);
        return Import(path, reader);
    }

    /// <summary>Imports AKN4UN XML read from <paramref name="stream"/>.</summary>
    /// <remarks>The bytes are decoded as the XML standard says (byte order mark, else the declared encoding, else UTF-8).</remarks>
    public static AknImportResult Import(string path, Stream stream) =>
        Import(path, () => Security.SafeXml.Load(stream, Options, Security.InputLimits.ImportBytes));

    private static AknImportResult Import(string path, TextReader text) =>
        Import(path, () => Security.SafeXml.Load(text, Options, Security.InputLimits.ImportBytes));

    private const LoadOptions Options = LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo;

    private static AknImportResult Import(string path, Func<XDocument> load)
    {
        var context = new AknContext(path);
        XDocument xml;
        try
        {
            xml = load();
            AknSerialisation.Normalize(xml);
        }
        catch (XmlException exception)
        {
            context.Diagnostics.Add(DraftingDiagnostic.Create(
                exception is Security.XmlLimitException ? Security.InputDiagnostics.XmlRefused : AknImportDiagnostics.UnreadableXml,
                new SourceSpan(path, 0, 0, Math.Max(1, exception.LineNumber), Math.Max(1, exception.LinePosition), Math.Max(1, exception.LineNumber), Math.Max(1, exception.LinePosition)),
                exception.Message));
            return new AknImportResult(Empty(path), context.Diagnostics);
        }

        var root = xml.Root;
        var document = root is null ? null : Read(context, root);
        if (document is null)
        {
            context.Report(AknImportDiagnostics.NoResolution, root, root?.Name.LocalName ?? "empty file");
            return new AknImportResult(Empty(path), context.Diagnostics);
        }

        var language = (string?)root!.Descendants(AknContext.Akn + "FRBRlanguage").FirstOrDefault()?.Attribute("language");
        var markup = context.SubparagraphsAsParagraphs ? AknSubparagraphMarkup.Paragraphs : AknSubparagraphMarkup.Points;

        // What an AKN export needs to give the file's own shape back travels in the template's front matter
        // (issue 15, item 8): the form most of its subparagraphs take, and where its heading numbers stand.
        var usual = context.SubparagraphForms.Values.GroupBy(form => form).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (AknSubparagraphMarkup?)g.Key).FirstOrDefault();
        document = document with
        {
            Header = document.Header with
            {
                AknSubparagraphs = usual switch
                {
                    AknSubparagraphMarkup.Paragraphs => "paragraphs",
                    AknSubparagraphMarkup.NumberedParagraphs => "numbered",
                    _ => null,
                },
                AknBullets = context.BulletNumbers ? "numbered" : null,
            },
        };
        var (headings, headingExceptions) = AknHeadingExceptions.Describe(document, context.NumberedHeadings);
        document = document with
        {
            Header = document.Header with
            {
                AknSubparagraphExceptions = AknSubparagraphExceptions.Describe(document, usual ?? AknSubparagraphMarkup.Points, context.SubparagraphForms),
                AknHeadings = headings == AknHeadingMarkup.Numbered ? "numbered" : null,
                AknHeadingExceptions = headingExceptions,
                AknHeadingContainers = AknHeadingContainers.Describe(document, context.HeadingContainers),
                AknPreambleInMainBody = AknPreambleInMainBody.Describe(document, context.PreambleInMainBody),
            },
        };
        return new AknImportResult(document, context.Diagnostics)
        {
            Language = language,
            SubparagraphMarkup = markup,
            SubparagraphForms = new AknSubparagraphForms(markup, context.SubparagraphForms),
            HeadingMarkup = headings,
            HeadingForms = AknHeadingExceptions.Forms(document, headings),
        };
    }

    private static ResolutionDocument Empty(string path) => new(
        path,
        new DocumentHeader { Kind = DocumentKind.Resolution, Status = DocumentStatus.Adopted },
        EquatableArray<DocumentPart>.Empty,
        EquatableArray<Annex>.Empty,
        EquatableArray<Footnote>.Empty);

    private static ResolutionDocument? Read(AknContext context, XElement root)
    {
        if (root.Name != AknContext.Akn + "akomaNtoso")
        {
            return null;
        }

        var statement = AknContext.Child(root, "statement");
        var collection = AknContext.Child(root, "documentCollection");
        var main = statement ?? collection;
        if (main is null)
        {
            return null;
        }

        var body = new AknBodyReader(context);
        var header = AknOrganReader.Read(body.Inlines, main, AknHeaderReader.ReadHeader(context, main));
        string? designation = null;
        InlineText? partTitle = null;
        InlineText? designationNote = null;
        if (header.Organ.TitlesResolutions || AknContext.Child(main, "preface") is not null)
        {
            header = AknHeaderReader.ReadPreface(context, body, main, header, out designation, out partTitle, out designationNote);
        }

        var parts = new List<DocumentPart>();
        var annexes = new List<Annex>();
        var closings = new List<(string? Designation, string? Meeting, UnDate? Date, XElement Element)>();
        if (statement is not null)
        {
            context.PartDesignation = designation;
            parts.Add(ReadPart(context, body, statement, designation, partTitle, closings) with { DesignationNote = designationNote });
            ReadAnnexes(context, body, statement, annexes);
        }
        else
        {
            foreach (var component in AknContext.Children(AknContext.Child(root, "components") ?? new XElement("none"), "component"))
            {
                var componentStatement = AknContext.Child(component, "statement");
                if (componentStatement is null)
                {
                    context.Report(AknImportDiagnostics.UnmappedElement, component, component.Elements().FirstOrDefault()?.Name.LocalName ?? "empty", "component");
                    continue;
                }

                var preface = AknContext.Child(componentStatement, "preface");
                var numberElement = preface?.Descendants(AknContext.Akn + "docNumber").FirstOrDefault();
                var titleElement = preface?.Descendants(AknContext.Akn + "docTitle").FirstOrDefault();
                var componentDesignation = numberElement is null ? null : body.Inlines.Read(numberElement).PlainText.Trim().TrimEnd('.');
                var componentTitle = titleElement is null ? null : body.Inlines.Read(titleElement);
                if (preface is not null)
                {
                    AknHeaderReader.ReportDetachedFootnotes(context, body, preface, "the designation of part " + componentDesignation);
                }

                context.PartDesignation = componentDesignation;
                parts.Add(ReadPart(context, body, componentStatement, componentDesignation, componentTitle, closings));
                ReadAnnexes(context, body, componentStatement, annexes);
            }
        }

        header = ApplyClosing(context, header, closings);
        return new ResolutionDocument(
            context.Path,
            header,
            EquatableArray.From(parts),
            EquatableArray.From(annexes),
            EquatableArray.From(context.Footnotes.Concat(context.DetachedFootnotes)));
    }

    private static DocumentPart ReadPart(
        AknContext context,
        AknBodyReader body,
        XElement statement,
        string? designation,
        InlineText? title,
        List<(string? Designation, string? Meeting, UnDate? Date, XElement Element)> closings)
    {
        var span = context.SpanOf(statement);
        EnactingFormula? formula = null;
        var preamble = new List<BodyBlock>();
        var operative = new List<BodyBlock>();
        // The preamble and the main body may come in runs: 77/118 sets one preambular paragraph ("Calling attention
        // also …") as an unnumbered main-body paragraph between two preambles. What stands before the last preamble
        // is still the preamble, so nothing after the break is lost and nothing is read as operative.
        var runs = statement.Elements().Where(e => AknContext.Name(e) is "preamble" or "mainBody").ToList();
        var lastPreamble = runs.FindLastIndex(e => AknContext.Name(e) == "preamble");
        var sawMainBody = false;
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (AknContext.Name(run) == "preamble")
            {
                var formulaElement = AknContext.Child(run, "formula");
                if (formulaElement is not null && formula is null)
                {
                    formula = new EnactingFormula(body.Inlines.ReadParagraphs(formulaElement), false, context.SpanOf(formulaElement));
                }

                preamble.AddRange(body.ReadPreamble(run));
            }
            else if (i < lastPreamble)
            {
                preamble.AddRange(body.ReadPreambleRun(run));
            }
            else
            {
                operative.AddRange(body.ReadOperative(run));
                sawMainBody = true;
            }
        }

        // A main body that opens, before its first numbered paragraph, with an unnumbered paragraph that ends with the
        // comma of a preambular paragraph and whose lead is no operative verb ("*Having further considered* …,",
        // 76/245, 77/262) holds the preamble's last paragraph: the file sets it in the wrong division, and the
        // printed text, like the template reader, reads it as preambular.
        while (operative.Count > 1 && operative[0] is OperativeParagraph { Number: null, Lead: { } lead } opening
            && !(LeadVocabulary.Default.Operative.ContainsKey(lead) && !LeadVocabulary.Default.Preambular.ContainsKey(lead))
            && opening.Text.PlainText.TrimEnd().EndsWith(",", System.StringComparison.Ordinal))
        {
            preamble.Add(new PreambularParagraph(opening.Text, opening.Subparagraphs, opening.Span));
            context.PreambleInMainBody.Add(opening.Span);
            operative.RemoveAt(0);
        }

        if (!sawMainBody)
        {
            context.Report(AknImportDiagnostics.MissingMetadata, statement, "main body (operative part)");
        }

        // The closing by meaning: the conclusions first; the preface when the file states the adoption there (the
        // Security Council's "Adopted … at its 8700th meeting, on …"), only by the elements named for it.
        var conclusions = AknContext.Child(statement, "conclusions");
        var preface = AknContext.Child(statement, "preface");
        var (meeting, closingDate) = conclusions is null ? (null, null) : AknClosingReader.Read(body.Inlines, conclusions, byText: true);
        if (preface is not null && (meeting is null || closingDate is null))
        {
            var (prefaceMeeting, prefaceDate) = AknClosingReader.Read(body.Inlines, preface, byText: false);
            meeting ??= prefaceMeeting;
            closingDate ??= prefaceMeeting is null ? null : prefaceDate;
        }

        if (meeting is not null || closingDate is not null)
        {
            closings.Add((designation, meeting, closingDate, conclusions ?? preface ?? statement));
        }

        return new DocumentPart(designation, title, formula, EquatableArray.From(preamble), EquatableArray.From(operative), span);
    }

    private static void ReadAnnexes(AknContext context, AknBodyReader body, XElement statement, List<Annex> annexes)
    {
        var attachments = AknContext.Child(statement, "attachments");
        if (attachments is null)
        {
            return;
        }

        var docs = AknContext.Children(attachments, "attachment").SelectMany(a => a.Elements().Where(e => AknContext.Name(e) is "doc" or "statement")).ToList();
        for (var i = 0; i < docs.Count; i++)
        {
            var doc = docs[i];
            var label = docs.Count == 1 ? "Annex" : "Annex " + Numerals.ToRoman(i + 1).ToUpperInvariant();
            var mainBody = AknContext.Child(doc, "mainBody");
            if (mainBody is null)
            {
                context.Report(AknImportDiagnostics.MissingMetadata, doc, "main body in the annex");
                continue;
            }

            // An annex whose preface states its label and title by meaning (docNumber, docTitle, as DraftingKit writes
            // it) opens its main body with its first block, which may be a heading or a table; without a preface, as in
            // the UN's files, the label and the title are the headings that open the main body.
            if (AknContext.Child(doc, "preface") is { } preface && preface.Descendants(AknContext.Akn + "docNumber").FirstOrDefault() is { } number)
            {
                var titleElement = preface.Descendants(AknContext.Akn + "docTitle").FirstOrDefault();
                var prefaceTitle = titleElement is null ? null : body.Inlines.Read(titleElement);
                annexes.Add(new Annex(Plain(body.Inlines, number) is { Length: > 0 } named ? named : label, prefaceTitle, EquatableArray.From(body.ReadAnnexBlocks(mainBody)), context.SpanOf(doc)));
                continue;
            }

            var (written, title, blocks) = body.ReadAnnex(mainBody);
            annexes.Add(new Annex(written ?? label, title, EquatableArray.From(blocks), context.SpanOf(doc)));
        }
    }

    private static DocumentHeader ApplyClosing(AknContext context, DocumentHeader header, List<(string? Designation, string? Meeting, UnDate? Date, XElement Element)> closings)
    {
        if (closings.Count == 0 && header.Organ.ClosesWithMeeting)
        {
            context.Diagnostics.Add(DraftingDiagnostic.Create(AknImportDiagnostics.MissingMetadata, new SourceSpan(context.Path, 0, 0, 1, 1, 1, 1), "closing meeting and date ('conclusions')"));
            return header;
        }

        if (closings.Count == 0)
        {
            return header;
        }

        var first = closings[0];
        foreach (var other in closings.Skip(1))
        {
            if (other.Meeting != first.Meeting || other.Date != first.Date)
            {
                context.Report(AknImportDiagnostics.PartClosingDiffers, other.Element, other.Designation ?? "?", other.Meeting + " " + other.Date, first.Meeting + " " + first.Date);
            }
        }

        if (first.Date is { } date && header.Adopted is { } adopted && adopted != date)
        {
            context.Report(AknImportDiagnostics.AdoptionDateMismatch, first.Element, adopted.ToIsoString(), date.ToIsoString());
        }

        return header with { Meeting = first.Meeting, Adopted = first.Date ?? header.Adopted };
    }

    private static string Plain(AknInlineReader inlines, XElement element) => inlines.Read(element).PlainText.Trim();
}
