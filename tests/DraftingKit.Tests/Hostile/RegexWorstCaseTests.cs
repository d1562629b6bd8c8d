using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using DraftingKit.Model;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// Every pattern the engine keeps, run on the inputs that make backtracking engines explode: long runs of one
/// character class, of a pattern's own openers, of almost-matches. Each must finish inside its match
/// timeout; a timeout would cost the drafter the finding (or the import) without a word.
/// </summary>
[Collection(HostileSettings.Collection)]
public sealed class RegexWorstCaseTests
{
    // Long enough that a quadratic pattern takes seconds (4 × 10^8 steps), short enough that a linear one stays far
    // inside the patterns' one-second timeout on a loaded machine.
    private const int Length = 20_000;

    public static IEnumerable<object[]> Patterns() =>
        typeof(ResolutionDocument).Assembly.GetTypes()
            .Where(type => !type.ContainsGenericParameters)
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .SelectMany(field => field.FieldType == typeof(Regex) ? new[] { (field, (Regex)field.GetValue(null)!, 0) }
                : field.FieldType == typeof(Regex[]) ? ((Regex[])field.GetValue(null)!).Select((regex, i) => (field, regex, i)) : Enumerable.Empty<(FieldInfo, Regex, int)>())
            .Select(item => new object[] { item.Item1.DeclaringType!.Name + "." + item.Item1.Name + (item.Item3 > 0 ? "[" + item.Item3 + "]" : string.Empty) });

    /// <summary>
    /// Patterns whose callers never give them more than a few hundred characters (a document symbol), with that
    /// bound: they are run on the worst cases cut to it.
    /// </summary>
    private static readonly System.Collections.Generic.Dictionary<string, int> BoundedByCaller = new(StringComparer.Ordinal)
    {
        ["AknSymbols.PartLetters"] = 200,
    };

    private static readonly string[] Worst =
    {
        new string(' ', Length) + "x",
        "Agenda item" + new string(' ', Length) + "x",
        "Point" + new string(' ', Length) + "x",
        new string('a', Length) + " session",
        Repeat("a ", Length / 2) + "session",
        Repeat("Seventy third ", Length / 14),
        Repeat("[^", Length / 2),
        Repeat("[^1", Length / 3),
        Repeat("entitled “", Length / 10),
        Repeat("1st ", Length / 4),
        Repeat("January 1, ", Length / 11),
        Repeat("resolution 1/1 and ", Length / 19),
        Repeat("resolutions 1/1, 2/2, ", Length / 22),
        Repeat("of 1 January 2000, ", Length / 19),
        Repeat("Resolution adopted by the x on ", Length / 31),
        Repeat("1. ", Length / 3),
        Repeat("(a) ", Length / 4),
        Repeat("A-", Length / 2),
        Repeat("A/RES/", Length / 6),
        Repeat("S-1/", Length / 4),
        Repeat("provisional agenda of its ", Length / 26),
        Repeat("/unga/2019-12-18/", Length / 17),
        Repeat(", and ", Length / 6) + "x",
        Repeat("9", Length),
        Repeat("Annex ", Length / 6),
        Repeat("<sup>1", Length / 6),
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Pattern_finishes_quickly_on_every_backtracking_worst_case(string name)
    {
        var regex = Find(name);
        var bound = BoundedByCaller.TryGetValue(name, out var limit) ? limit : int.MaxValue;
        foreach (var input in Worst.Select(input => input.Length > bound ? input[^bound..] : input))
        {
            var watch = Stopwatch.StartNew();
            try
            {
                _ = regex.Matches(input).Count;
                _ = regex.Replace(input, string.Empty);
            }
            catch (RegexMatchTimeoutException)
            {
                Assert.Fail($"{name} timed out on {Describe(input)}");
            }

            // Linear patterns take milliseconds here; the bound only has to tell them from a blow-up on a busy machine.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{name} took {watch.ElapsedMilliseconds} ms on {Describe(input)}");
        }
    }

    private static Regex Find(string name)
    {
        var index = name.EndsWith(']') ? int.Parse(name[(name.IndexOf('[') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var plain = index > 0 ? name[..name.IndexOf('[')] : name;
        var dot = plain.IndexOf('.');
        var type = typeof(ResolutionDocument).Assembly.GetTypes().First(t => t.Name == plain[..dot] && t.GetField(plain[(dot + 1)..], BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly) is not null);
        var value = type.GetField(plain[(dot + 1)..], BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)!.GetValue(null)!;
        return value is Regex[] all ? all[index] : (Regex)value;
    }

    private static string Describe(string input) => "'" + input[..Math.Min(30, input.Length)] + "…' (" + input.Length + " characters)";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
