using System.Reflection;
using System.Text.RegularExpressions;
using DraftingKit.Model;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// Every regular expression the engine keeps runs on text a drafter typed, on every keystroke: each must carry a
/// match timeout, so that no pattern can hang an IDE however it backtracks.
/// </summary>
public sealed class RegexTimeoutTests
{
    [Fact]
    public void Every_regular_expression_in_the_engine_has_a_match_timeout()
    {
        var engine = typeof(ResolutionDocument).Assembly;
        var fields = engine.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(Regex) && !field.DeclaringType!.ContainsGenericParameters)
            .ToList();

        Assert.NotEmpty(fields);
        var unbounded = fields
            .Where(field => field.GetValue(null) is Regex regex && regex.MatchTimeout == Regex.InfiniteMatchTimeout)
            .Select(field => field.DeclaringType!.FullName + "." + field.Name)
            .ToList();
        Assert.True(unbounded.Count == 0, "Regular expressions without a match timeout: " + string.Join(", ", unbounded));
    }
}
