using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Issue 15: a text in French is printed with its header in French, as the UN's own French file of A/RES/75/274 prints
/// its cover; an English text keeps the English words, and a language the project holds no text of prints English.
/// </summary>
public sealed class HeaderInTextLanguageTests
{
    private static string FrenchTemplate() => File.ReadAllText(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", "A-RES-75-274.fra.res.md"));

    [Fact]
    public void The_French_text_prints_the_cover_the_UN_printed()
    {
        var text = UnTextRenderer.Render(TemplateReader.Read("A-RES-75-274.fra.res.md", FrenchTemplate()).Document);

        // The UN's French file (75_274_F.xml), its cover page in order.
        var cover = new[]
        {
            "Assemblée générale", "Distr. générale", "29 avril 2021", "Soixante-quinzième session", "Point 14 de l’ordre du jour",
            "Résolution adoptée par l’Assemblée générale le 28 avril 2021", "[sans renvoi à une grande commission (A/75/L.81 et A/75/L.81/Add.1)]",
            "62e séance plénière", "28 avril 2021",
        };
        var at = 0;
        foreach (var line in cover)
        {
            var found = text.IndexOf(line + "\n", at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{line}' is not printed after what came before it:\n{text}");
            at = found + line.Length;
        }

        Assert.DoesNotContain("General Assembly", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_text_in_English_keeps_the_English_words()
    {
        var english = FrenchTemplate().Replace("\nlanguage: fr\n", "\n", StringComparison.Ordinal);

        var text = UnTextRenderer.Render(TemplateReader.Read("A-RES-75-274.res.md", english).Document);

        Assert.Contains("General Assembly\nDistr.: générale\n29 April 2021\n\nSeventy-fifth session\nAgenda item 14\n", text, StringComparison.Ordinal);
        Assert.Contains("Resolution adopted by the General Assembly on 28 April 2021", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A/RES/ES-11/1", 11, "Onzième session extraordinaire d’urgence")]
    [InlineData("A/RES/S-32/1", 32, "Trente-deuxième session extraordinaire")]
    [InlineData("A/RES/71/1", 71, "Soixante et onzième session")]
    public void A_special_session_is_named_in_French(string symbol, int session, string expected)
    {
        var header = new DocumentHeader { Organ = Organ.GeneralAssembly, Symbol = symbol, Session = session, Language = DocumentLanguage.Find("fr")! };

        Assert.Equal(expected, HeaderLines.SessionLine(header));
    }

    [Fact]
    public void The_first_of_the_month_and_the_Councils_line_are_written_as_French_writes_them()
    {
        var header = new DocumentHeader
        {
            Organ = Organ.SecurityCouncil,
            Kind = DocumentKind.Resolution,
            Status = DocumentStatus.Adopted,
            Number = "2618 (2022)",
            Meeting = "8956e séance",
            Adopted = new UnDate(2022, 2, 1),
            Language = DocumentLanguage.Find("fr")!,
        };

        Assert.Equal("Résolution 2618 (2022)", HeaderLines.AdoptionLine(header));
        Assert.Equal("Adoptée par le Conseil de sécurité à sa 8956e séance, le 1er février 2022", HeaderLines.ReferenceLine(header));
    }
}
