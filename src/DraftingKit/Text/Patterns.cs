using System.Text.RegularExpressions;

namespace DraftingKit.Text;

/// <summary>
/// How the engine's constant patterns are built. On .NET 10 (the draftkit command, a Native AOT executable) a rule
/// declares its patterns with <c>[GeneratedRegex]</c>: matching code written at build time, which AOT cannot emit at
/// run time and the interpreter runs several times slower. On netstandard2.0 (the analyzers, loaded by the compiler)
/// the same pattern strings are interpreted, built here.
/// </summary>
internal static class Patterns
{
    /// <summary>
    /// A rule's pattern gives up after a second on a pathological text (<c>RegexMatches.AllOrNone</c> then
    /// yields nothing): the bound of every engine pattern.
    /// </summary>
    public const int TimeoutMilliseconds = 1000;

    /// <summary>The pattern built at run time, for netstandard2.0, with the engine's timeout.</summary>
    public static Regex AtRunTime(string pattern, RegexOptions options) =>
        new(pattern, options, TimeSpan.FromMilliseconds(TimeoutMilliseconds));
}
