using System.Globalization;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// The fixed seed and the number of inputs of the hostile-input properties. CI runs the defaults; a longer run
/// sets <c>DRAFTINGKIT_HOSTILE_ITERATIONS</c> (how many times the CI's inputs each property draws: 20 draws twenty
/// times as many) and, to explore other inputs, <c>DRAFTINGKIT_HOSTILE_SEED</c> (a CsCheck seed, as printed by a
/// failing property).
/// </summary>
internal static class HostileSettings
{
    /// <summary>
    /// The hostile tests run one at a time and on one thread each, so that the time budget measures the input,
    /// not the other tests sharing the machine's cores.
    /// </summary>
    public const string Collection = "Hostile input";

    /// <summary>CsCheck's encoding of PCG stream 9, seed 20261123.</summary>
    public const string DefaultSeed = "0000001diAm9";

    /// <summary>
    /// How long one input may take through every step (lint twice, five renderers, import) on a loaded CI machine:
    /// a few times what a quiet machine needs for the largest inputs, far below what a quadratic path takes.
    /// </summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static string Seed => Environment.GetEnvironmentVariable("DRAFTINGKIT_HOSTILE_SEED") is { Length: > 0 } seed ? seed : DefaultSeed;

    /// <summary>The inputs of one property: <paramref name="inCi"/>, times the multiple the environment asks for.</summary>
    public static long Iterations(long inCi) =>
        long.TryParse(Environment.GetEnvironmentVariable("DRAFTINGKIT_HOSTILE_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var multiple) && multiple > 0
            ? inCi * multiple
            : inCi;
}
