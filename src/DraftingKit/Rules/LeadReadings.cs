using System.Runtime.CompilerServices;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>The lead readings of one lint's paragraphs, made on first use and shared by its rules.</summary>
internal sealed class LeadReadings
{
    private readonly Dictionary<InlineText, LeadReading> readings = new(ByReference.Instance);

    public LeadReadings(LeadGrammar grammar) => Grammar = grammar;

    public LeadGrammar Grammar { get; }

    /// <summary>The reading of <paramref name="text"/>, made once per lint.</summary>
    public LeadReading Of(InlineText text)
    {
        if (!readings.TryGetValue(text, out var reading))
        {
            reading = new LeadReading(Grammar, text);
            readings.Add(text, reading);
        }

        return reading;
    }

    // PERF: a text is read once however many equal texts a document holds; its value hash would walk every run.
    private sealed class ByReference : IEqualityComparer<InlineText>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(InlineText? x, InlineText? y) => ReferenceEquals(x, y);

        public int GetHashCode(InlineText obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
