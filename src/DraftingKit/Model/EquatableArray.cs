using System.Collections;

namespace DraftingKit.Model;

/// <summary>
/// An immutable array with value equality, so that records holding lists compare by content. The model is
/// compared in round-trip tests and cached by the incremental generator, both of which need this.
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? items;

    /// <summary>Wraps <paramref name="items"/>; the caller must not change the array afterwards.</summary>
    public EquatableArray(T[] items) => this.items = items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <inheritdoc />
    public int Count => items?.Length ?? 0;

    /// <summary>True when the array holds nothing.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => (items ?? throw new ArgumentOutOfRangeException(nameof(index)))[index];

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(items![i], other.items![i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (items is null)
        {
            return 0;
        }

        var hash = 17;
        foreach (var item in items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
        }

        return hash;
    }

    /// <summary>
    /// Enumerates the items without allocating: the rules walk every text of a document, many of them more than once,
    /// and an enumerator object for each array walked was a tenth of a lint's allocations.
    /// </summary>
    public Enumerator GetEnumerator() => new(items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>The enumerator of <c>foreach</c> over an <see cref="EquatableArray{T}"/>: a struct, so that nothing is allocated.</summary>
    public struct Enumerator
    {
        private readonly T[] items;
        private int index;

        internal Enumerator(T[] items)
        {
            this.items = items;
            index = -1;
        }

        /// <summary>The item at the enumerator's position.</summary>
        public readonly T Current => items[index];

        /// <summary>Moves to the next item; false past the last.</summary>
        public bool MoveNext() => ++index < items.Length;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

/// <summary>Helpers to build <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into a new equatable array.</summary>
    public static EquatableArray<T> From<T>(IEnumerable<T> items)
        where T : IEquatable<T>
    {
        // PERF: a list (what the readers build) is copied once, not into a second list first.
        var array = items is List<T> list ? list.ToArray() : new List<T>(items).ToArray();
        return array.Length == 0 ? default : new EquatableArray<T>(array);
    }

    /// <summary>An equatable array of the given items.</summary>
    public static EquatableArray<T> Create<T>(params T[] items)
        where T : IEquatable<T>
        => items.Length == 0 ? default : new EquatableArray<T>((T[])items.Clone());
}
