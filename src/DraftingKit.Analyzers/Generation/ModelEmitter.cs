using System;
using System.Collections.Generic;
using System.Linq;
using DraftingKit.Model;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// Writes the C# expression that constructs a <see cref="ResolutionDocument"/> equal to the one the template
/// reader built: every header field, part, paragraph, inline run and source span, through the model's public
/// constructors. Spans in the document's own file use the generated class's <c>S(…)</c> helper and arrays its
/// <c>A&lt;T&gt;(…)</c> helper, so that the generated file stays readable.
/// </summary>
internal static class ModelEmitter
{
    private const string Model = "global::DraftingKit.Model.";

    public static string Document(ResolutionDocument document) => CSharpCode.Call("new " + Model + "ResolutionDocument", new[]
    {
        "SourcePath",
        Header(document.Header, document.Path),
        Array("DocumentPart", document.Parts, part => Part(part, document.Path)),
        Array("Annex", document.Annexes, annex => AnnexOf(annex, document.Path)),
        Array("Footnote", document.Footnotes, footnote => CSharpCode.Call("new " + Model + "Footnote", new[] { CSharpCode.String(footnote.Label), Text(footnote.Text, document.Path), Span(footnote.Span, document.Path) })),
    });

    private static string Header(DocumentHeader header, string path)
    {
        var members = new List<KeyValuePair<string, string>>
        {
            Member("Kind", Model + "DocumentKind." + header.Kind),
            Member("Status", Model + "DocumentStatus." + header.Status),
            Member("Organ", OrganOf(header.Organ)),
        };
        AddIfPresent(members, "Symbol", header.Symbol);
        AddIfPresent(members, "Number", header.Number);
        AddIfPresent(members, "Label", header.Label);
        AddIfPresent(members, "Title", header.Title);
        if (header.Session is int session)
        {
            members.Add(Member("Session", CSharpCode.Int(session)));
        }

        AddIfPresent(members, "AgendaItem", header.AgendaItem);
        AddIfPresent(members, "AgendaTitle", header.AgendaTitle);
        AddIfPresent(members, "Distribution", header.Distribution);
        if (header.Issued is UnDate issued)
        {
            members.Add(Member("Issued", Date(issued)));
        }

        if (header.Adopted is UnDate adopted)
        {
            members.Add(Member("Adopted", Date(adopted)));
        }

        AddIfPresent(members, "Reference", header.Reference);
        AddIfPresent(members, "Meeting", header.Meeting);
        AddIfPresent(members, "OriginalLanguage", header.OriginalLanguage);
        if (!header.Fields.IsEmpty)
        {
            members.Add(Member("Fields", Array("HeaderField", header.Fields, field => CSharpCode.Call("new " + Model + "HeaderField", new[]
            {
                CSharpCode.String(field.Key), CSharpCode.String(field.Value), Span(field.KeySpan, path), Span(field.ValueSpan, path),
            }))));
        }

        return CSharpCode.Initializer(Model + "DocumentHeader", members);
    }

    private static string OrganOf(Organ organ)
    {
        if (organ == Organ.GeneralAssembly)
        {
            return Model + "Organ.GeneralAssembly";
        }

        if (organ == Organ.EconomicAndSocialCouncil)
        {
            return Model + "Organ.EconomicAndSocialCouncil";
        }

        if (organ == Organ.SecurityCouncil)
        {
            return Model + "Organ.SecurityCouncil";
        }

        if (organ == Organ.HumanRightsCouncil)
        {
            return Model + "Organ.HumanRightsCouncil";
        }

        return CSharpCode.Call("new " + Model + "Organ", new[]
        {
            CSharpCode.String(organ.Name), CSharpCode.String(organ.FormulaSubject), CSharpCode.String(organ.SymbolPrefix), CSharpCode.Bool(organ.CountsSessionsByYear),
        });
    }

    private static string Part(DocumentPart part, string path) => CSharpCode.Call("new " + Model + "DocumentPart", new[]
    {
        CSharpCode.String(part.Designation),
        part.Title is { } title ? Text(title, path) : "null",
        part.Formula is { } formula ? CSharpCode.Call("new " + Model + "EnactingFormula", new[] { Text(formula.Text, path), CSharpCode.Bool(formula.RunsOn), Span(formula.Span, path) }) : "null",
        Array("BodyBlock", part.Preamble, block => Block(block, path)),
        Array("BodyBlock", part.OperativePart, block => Block(block, path)),
        Span(part.Span, path),
    });

    private static string AnnexOf(Annex annex, string path) => CSharpCode.Call("new " + Model + "Annex", new[]
    {
        CSharpCode.String(annex.Label),
        annex.Title is { } title ? Text(title, path) : "null",
        Array("BodyBlock", annex.Blocks, block => Block(block, path)),
        Span(annex.Span, path),
    });

    private static string Block(BodyBlock block, string path) => block switch
    {
        PreambularParagraph p => CSharpCode.Call("new " + Model + "PreambularParagraph", new[] { Text(p.Text, path), Subparagraphs(p.Subparagraphs, path), Span(p.Span, path) }),
        OperativeParagraph p => CSharpCode.Call("new " + Model + "OperativeParagraph", new[]
        {
            CSharpCode.Int(p.Number), Model + "NumberStyle." + p.NumberStyle, Text(p.Text, path), Subparagraphs(p.Subparagraphs, path), Span(p.Span, path),
        }),
        Heading h => CSharpCode.Call("new " + Model + "Heading", new[] { Text(h.Text, path), CSharpCode.Int(h.Level), Span(h.Span, path) }),
        TextParagraph p => CSharpCode.Call("new " + Model + "TextParagraph", new[] { CSharpCode.String(p.Label), Text(p.Text, path), Subparagraphs(p.Subparagraphs, path), Span(p.Span, path) }),
        Table t => CSharpCode.Call("new " + Model + "Table", new[]
        {
            Array("TableRow", t.Rows, row => CSharpCode.Call("new " + Model + "TableRow", new[] { Array("InlineText", row.Cells, cell => Text(cell, path)), CSharpCode.Bool(row.IsHeader), Span(row.Span, path) })),
            Span(t.Span, path),
        }),
        _ => throw new NotSupportedException("the model has a block the generator does not know: " + block.GetType().Name),
    };

    private static string Subparagraphs(EquatableArray<Subparagraph> items, string path) => Array("Subparagraph", items, item => CSharpCode.Call("new " + Model + "Subparagraph", new[]
    {
        CSharpCode.String(item.Label), Model + "ListStyle." + item.Style, Text(item.Text, path), Subparagraphs(item.Items, path), Span(item.Span, path),
    }));

    private static string Text(InlineText text, string path) =>
        text.IsEmpty ? Model + "InlineText.Empty" : CSharpCode.Call("T", text.Inlines.Select(inline => Inline(inline, path)).ToList());

    private static string Inline(Inline inline, string path) => inline switch
    {
        TextRun run => CSharpCode.Call("new " + Model + "TextRun", new[] { CSharpCode.String(run.Text), Span(run.Span, path) }),
        Emphasis emphasis => CSharpCode.Call("new " + Model + "Emphasis", new[] { Text(emphasis.Content, path), Span(emphasis.Span, path) }),
        StrongEmphasis strong => CSharpCode.Call("new " + Model + "StrongEmphasis", new[] { Text(strong.Content, path), Span(strong.Span, path) }),
        FootnoteReference reference => CSharpCode.Call("new " + Model + "FootnoteReference", new[] { CSharpCode.String(reference.Label), Span(reference.Span, path) }),
        DocumentLink link => CSharpCode.Call("new " + Model + "DocumentLink", new[] { Text(link.Content, path), CSharpCode.String(link.Target), Span(link.Span, path) }),
        _ => throw new NotSupportedException("the model has an inline the generator does not know: " + inline.GetType().Name),
    };

    private static string Span(SourceSpan span, string path)
    {
        if (span == SourceSpan.None)
        {
            return Model + "SourceSpan.None";
        }

        var numbers = new[] { span.Start, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn }.Select(CSharpCode.Int);
        return span.Path == path
            ? CSharpCode.Call("S", numbers.ToList())
            : CSharpCode.Call("new " + Model + "SourceSpan", new[] { CSharpCode.String(span.Path) }.Concat(numbers).ToList());
    }

    private static string Date(UnDate date) =>
        CSharpCode.Call("new " + Model + "UnDate", new[] { CSharpCode.Int(date.Year), CSharpCode.Int(date.Month), CSharpCode.Int(date.Day) });

    private static string Array<T>(string type, EquatableArray<T> items, Func<T, string> emit)
        where T : IEquatable<T> =>
        items.IsEmpty ? "default" : CSharpCode.Call("A<" + Model + type + ">", items.Select(emit).ToList());

    private static KeyValuePair<string, string> Member(string name, string value) => new(name, value);

    private static void AddIfPresent(List<KeyValuePair<string, string>> members, string name, string? value)
    {
        if (value is not null)
        {
            members.Add(Member(name, CSharpCode.String(value)));
        }
    }
}
