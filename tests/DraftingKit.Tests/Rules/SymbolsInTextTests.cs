using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>DK6001 on symbols written out in running text and footnotes, not only in links (issue 17).</summary>
public sealed class SymbolsInTextTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 75\ntitle: Crime prevention\n---\n\nThe General Assembly,\n\n";

    [Theory]
    [InlineData("*Taking note* of the report of the Secretary-General (A//75/112),\n\n1. *Requests* a report.\n", "A//75/112")]
    [InlineData("*Taking note* of the report,[^1]\n\n1. *Requests* a report.\n\n[^1]: *Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 25* (A//70/25).\n", "A//70/25")]
    [InlineData("*Taking note* of the report,[^1]\n\n1. *Requests* a report.\n\n[^1]: A/75/112/.\n", "A/75/112/")]
    [InlineData("*Taking note* of the report,[^1]\n\n1. *Requests* a report.\n\n[^1]: A\\75\\112.\n", "A\\75\\112")]
    [InlineData("*Taking note* of document s/2020/1,\n\n1. *Requests* a report.\n", "s/2020/1")]
    [InlineData("*Taking note* of the note by the Secretariat (E/CN.15//2019/5),\n\n1. *Requests* a report.\n", "E/CN.15//2019/5")]
    [InlineData("*Taking note* of the reports (A/75/1//2),17 and 18,\n\n1. *Requests* a report.\n", "A/75/1//2")]
    [InlineData("*Taking note* of the joint letter A/71/982–S/2017//600,\n\n1. *Requests* a report.\n", "A/71/982–S/2017//600")]
    public void Malformed_symbol_in_the_text_is_reported_on_its_characters(string body, string symbol)
    {
        var text = FrontMatter + body;
        var finding = Assert.Single(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.DocumentSymbolForm);
        Assert.Equal(symbol, text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Contains("'" + symbol + "'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A/RES/75/1 A-B")]
    [InlineData("(A/75/L.81/Add.1)")]
    [InlineData("S/2014/136),")]
    [InlineData("A/HRC/18/35/Add.6.")]
    [InlineData("HIV/AIDS")]
    [InlineData("WHA58/2005/REC/1.")]
    [InlineData("GC(66)/RES/7")]
    [InlineData("UNEP/CBD/COP/DEC/XII/11.")]
    [InlineData("Assembly/AU/Dec.729(XXXII)")]
    [InlineData("decision X/2 of the Conference")]
    [InlineData("S-32/1")]
    [InlineData("ES-10/15")]
    [InlineData("A/76/6 (Sect. 29A)")]
    [InlineData("A/77/6 (Plan outline)")]
    [InlineData("E/CN.7/2017/3-E/CN.15/2017/3")]
    [InlineData("A/71/982–S/2017/600, annex")]
    [InlineData("its statements of 24 April 2015 (S/PRST/2015/10),17 August 2015 (S/PRST/2015/15)")]
    [InlineData("resolutions (S/RES/2566(2021)),17 of them")]
    [InlineData("resolution 2566 (2021) (S/RES/2566(2021))")]
    [InlineData("resolution 50/245 and A/50/1027.(CTBT)")]
    [InlineData("Telephone/fax/email and and/or 2020/21")]
    public void Well_formed_symbols_and_other_slashes_in_the_text_are_not_reported(string words)
    {
        var text = FrontMatter + "*Taking note* of " + words + ",\n\n1. *Requests* a report.\n";
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.DocumentSymbolForm);
    }

    [Theory]
    [InlineData("A//75/112", "A/75/112")]
    [InlineData("A/75/112/", "A/75/112")]
    [InlineData("A\\75\\112", "A/75/112")]
    [InlineData("s/2020/1", "S/2020/1")]
    [InlineData("a/75/l.1", null)]
    [InlineData("A/7X5/112", null)]
    public void Repair_mends_only_the_separators(string symbol, string? repaired) =>
        Assert.Equal(repaired, SymbolsInText.Repair(symbol));

    [Fact]
    public void Fix_writes_the_mended_symbol_in_the_text()
    {
        var text = FrontMatter + "*Taking note* of the report of the Secretary-General (A//75/112),\n\n1. *Requests* a report.\n";
        var fixedText = DraftingLinter.ApplyFixes(text, DraftingLinter.Lint("t.res.md", text), out _);
        Assert.Contains("(A/75/112),", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftingLinter.Lint("t.res.md", fixedText), f => f.Id == RuleIds.DocumentSymbolForm);
    }

    [Fact]
    public void A_link_is_reported_once_not_again_for_its_text()
    {
        var text = FrontMatter + "*Taking note* of the report ([A/74//125](A/74//125)),\n\n1. *Requests* a report.\n";
        Assert.Single(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.DocumentSymbolForm);
    }
}
