using System.Runtime.CompilerServices;

namespace DraftingKit.Reports;

/// <summary>
/// PERF: identity comparison for blocks used as dictionary keys; record equality would hash a whole included
/// document on every lookup.
/// </summary>
internal sealed class ByReference<T> : IEqualityComparer<T>
    where T : class
{
    public static ByReference<T> Comparer { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
