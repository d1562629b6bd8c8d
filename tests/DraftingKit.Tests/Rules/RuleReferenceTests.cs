using DraftingKit.Rules;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Every id has its page under docs/rules whose header is written from the descriptor, and the table of
/// docs/rules/README.md lists every id from the descriptors (issue 19): neither can drift from the code.
/// Run with <c>DRAFTINGKIT_UPDATE_DOCS=1</c> to write them after changing a descriptor.
/// </summary>
public sealed class RuleReferenceTests
{
    public static IEnumerable<object[]> Ids() => RuleCatalog.EveryDescriptor.Select(d => new object[] { d.Id });

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_header_is_written_from_the_descriptor(string id)
    {
        var descriptor = RuleCatalog.EveryDescriptor.Single(d => d.Id == id);
        var path = RepositoryPaths.InRepository("docs", "rules", id + ".md");
        Assert.True(File.Exists(path), id + " has no page " + path);
        var page = File.ReadAllText(path);
        var expected = RuleReference.Header(descriptor);
        if (RuleReference.Update && RuleReference.HeaderOf(page) != expected)
        {
            page = expected + page[RuleReference.HeaderOf(page).Length..];
            File.WriteAllText(path, page);
        }

        Assert.Equal(expected, RuleReference.HeaderOf(page));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Source_named_in_the_header_exists(string id)
    {
        var descriptor = RuleCatalog.EveryDescriptor.Single(d => d.Id == id);
        Assert.True(File.Exists(RepositoryPaths.InRepository(RuleReference.SourceOf(descriptor).Split('/'))), RuleReference.SourceOf(descriptor));
    }

    [Fact]
    public void Rules_table_lists_every_id_from_the_descriptors()
    {
        var path = RepositoryPaths.InRepository("docs", "rules", "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(RuleReference.TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(RuleReference.TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/rules/README.md has no rules table between its markers");
        var table = readme[start..(end + RuleReference.TableEnd.Length)];
        if (RuleReference.Update && table != RuleReference.Table())
        {
            File.WriteAllText(path, readme[..start] + RuleReference.Table() + readme[(end + RuleReference.TableEnd.Length)..]);
            table = RuleReference.Table();
        }

        Assert.Equal(RuleReference.Table(), table);
    }

    [Fact]
    public void Every_page_under_docs_rules_belongs_to_an_id()
    {
        var ids = RuleCatalog.EveryDescriptor.Select(d => d.Id + ".md").ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(RepositoryPaths.InRepository("docs", "rules"), "DK*.md").Select(p => Path.GetFileName(p));
        Assert.All(pages, page => Assert.Contains(page, ids));
    }
}
