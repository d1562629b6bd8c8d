using DraftingKit.Declarations;
using DraftingKit.Model;
using DraftingKit.Rendering;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// Reading C#-declared resolutions into the equatable record and the document model: metadata, paragraphs in
/// declaration order, subparagraphs, footnotes, citations by type, and spans on the characters inside literals.
/// The text is resolution 74/177's (samples/A-RES-74-177.res.md).
/// </summary>
public sealed class DeclaredResolutionReaderTests
{
    internal const string CrimePrevention = """
        using DraftingKit.Authoring;

        namespace Drafts;

        [Resolution(Number = "73/186", Adopted = "2018-12-17", Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
        public partial class A_RES_73_186
        {
        }

        [Resolution(Symbol = "A/RES/74/177", Number = "74/177", Session = 74, AgendaItem = "106", Adopted = "2019-12-18",
            Meeting = "50th plenary meeting",
            Title = "Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity")]
        public partial class CrimePrevention
        {
            [Preambular, Cites(typeof(A_RES_73_186))]
            public const string Reaffirming = "*Reaffirming* its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005 and 73/186 of 17 December 2018,";

            [Preambular]
            public const string ReaffirmingAlso = "*Reaffirming also* its resolutions relating to the United Nations Convention against Corruption[^5] and all the international conventions and protocols against terrorism,";

            [Operative]
            public const string TakesNote = "*Takes note with appreciation* of the report of the Secretary-General prepared pursuant to resolution 73/186;";

            [Operative]
            public const string CallsUpon = "*Calls upon* all Member States, when appropriate, to take into consideration the Doha Declaration:";

            [Subparagraph]
            public const string Ratification = "To promote universal ratification of the Convention;";

            [Subparagraph]
            public const string Responses = "To help Member States to reinforce their national responses.";

            [Footnote("5")]
            public const string Uncac = "Ibid., vol. 2349, No. 42146.";
        }
        """;

    [Fact]
    public void Metadata_and_members_are_read_in_declaration_order()
    {
        var declaration = DeclarationHarness.Read(CrimePrevention).Single(d => d.TypeName == "Drafts.CrimePrevention");

        Assert.Equal(DocumentKind.Resolution, declaration.Kind);
        Assert.Equal(("Drafts", "CrimePrevention", false), (declaration.Namespace, declaration.ClassName, declaration.IsNested));
        Assert.Equal(new[] { "symbol", "number", "session", "agenda-item", "adopted", "meeting", "title" }, declaration.Fields.Select(f => f.Key));
        Assert.Equal("74", declaration.Field("session")!.Value.Value);
        Assert.Equal(
            new[] { "Reaffirming", "ReaffirmingAlso", "TakesNote", "CallsUpon", "Ratification", "Responses", "Uncac" },
            declaration.Members.Select(m => m.Name));
        Assert.Equal("5", declaration.Members.Single(m => m.Role == DeclaredRole.Footnote).Label);
        var citation = Assert.Single(declaration.Members[0].Citations);
        Assert.Equal(("Drafts.A_RES_73_186", true, "73/186", "2018-12-17"), (citation.TypeName, citation.Resolved, citation.Number, citation.Adopted));
        Assert.Equal("A_RES_73_186", DeclarationHarness.At(CrimePrevention, citation.Span));
    }

    [Fact]
    public void The_document_has_the_template_shape_and_renders_as_the_un_text()
    {
        var declaration = DeclarationHarness.Read(CrimePrevention).Single(d => d.TypeName == "Drafts.CrimePrevention");
        var built = DeclaredDocumentBuilder.Build(declaration);
        var document = built.Document;

        Assert.Equal(DeclarationHarness.Path, document.Path);
        Assert.Equal("A/RES/74/177", document.Header.Symbol);
        Assert.Equal(new UnDate(2019, 12, 18), document.Header.Adopted);
        Assert.Equal(new[] { "Reaffirming", "Reaffirming also" }, document.PreambularParagraphs().Select(p => p.Lead));
        Assert.Equal(new int?[] { 1, 2 }, document.OperativeParagraphs().Select(p => p.Number));
        Assert.Equal(new[] { "a", "b" }, document.OperativeParagraphs().Last().Subparagraphs.Select(s => s.Label));
        Assert.Equal("Ibid., vol. 2349, No. 42146.", Assert.Single(document.Footnotes).Text.PlainText);
        var text = UnTextRenderer.Render(document);
        Assert.Contains("2. Calls upon all Member States, when appropriate, to take into consideration the Doha Declaration:", text, System.StringComparison.Ordinal);
        Assert.Contains("(a) To promote universal ratification of the Convention;", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_of_the_document_point_inside_the_string_literals()
    {
        var declaration = DeclarationHarness.Read(CrimePrevention).Single(d => d.TypeName == "Drafts.CrimePrevention");
        var document = DeclaredDocumentBuilder.Build(declaration).Document;

        var lead = (Emphasis)document.PreambularParagraphs().First().Text.Inlines[0];
        Assert.Equal("*Reaffirming*", DeclarationHarness.At(CrimePrevention, lead.Span));
        var subparagraph = document.OperativeParagraphs().Last().Subparagraphs[1];
        Assert.Equal("To help Member States to reinforce their national responses.", DeclarationHarness.At(CrimePrevention, subparagraph.Text.Inlines[0].Span));
        var line = CrimePrevention.Split('\n').Select((l, i) => (l, i)).First(p => p.l.Contains("*Reaffirming* its", System.StringComparison.Ordinal));
        Assert.Equal((line.i + 1, line.l.IndexOf("*Reaffirming*", System.StringComparison.Ordinal) + 1), (lead.Span.Line, lead.Span.Column));
    }

    [Fact]
    public void Reading_the_same_source_twice_gives_equal_records()
    {
        var first = DeclarationHarness.Read(CrimePrevention);
        var second = DeclarationHarness.Read(CrimePrevention);

        Assert.Equal(first, second);
        Assert.Equal(first.Select(d => d.GetHashCode()), second.Select(d => d.GetHashCode()));
    }

    [Fact]
    public void An_edit_to_one_paragraph_changes_the_record()
    {
        var first = DeclarationHarness.Read(CrimePrevention).Last();
        var second = DeclarationHarness.Read(CrimePrevention.Replace("national responses.", "national responses;", System.StringComparison.Ordinal)).Last();

        Assert.NotEqual(first, second);
        Assert.Equal(first.Fields, second.Fields);
    }
}
