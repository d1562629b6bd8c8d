using System.IO;
using DraftingKit.Security;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DraftingKit.Templates;

/// <summary>One <c>key: value</c> line of a front matter, with where YamlDotNet found its key and its value.</summary>
/// <param name="Key">The key, empty when the key is not a single value.</param>
/// <param name="KeyStart">Where the key starts.</param>
/// <param name="KeyEnd">Where the key ends.</param>
/// <param name="Value">The value as written, null when it is a list or a mapping.</param>
/// <param name="Shape">What the value is when it is not a single value: "a list", "a mapping".</param>
/// <param name="ValueStart">Where the value starts (a list or mapping: where it opens).</param>
/// <param name="ValueEnd">Where the value ends (a list or mapping: the end of its opening).</param>
internal readonly record struct FrontMatterEntry(string Key, Mark KeyStart, Mark KeyEnd, string? Value, string Shape, Mark ValueStart, Mark ValueEnd);

/// <summary>What a front matter's YAML holds at its top.</summary>
internal enum FrontMatterShape
{
    /// <summary>A mapping of keys to values: what a front matter is.</summary>
    Mapping,

    /// <summary>No document at all (comments only).</summary>
    NoDocument,

    /// <summary>A single value or a list at the top.</summary>
    NotMapping,
}

/// <summary>
/// Reads a front matter's entries from YamlDotNet's parser events, in the same pass that guards the YAML
/// (<see cref="YamlGuard.Refuse"/>): one parse and no node objects, where the representation model parsed the YAML a
/// second time after the guard and made a node for every key and value (0.44 ms for fifteen lines).
/// </summary>
/// <remarks>
/// A front matter is a mapping of plain keys to single values. What the events alone cannot judge as the node model
/// does (a key written twice, which the node model refuses with its own message; a mapping nested anywhere, whose keys
/// it checks the same way; a tagged key; a second document) sets <see cref="NeedsNodeModel"/>, and the caller loads
/// that YAML with the node model, so every diagnostic stays the node model's.
/// </remarks>
internal sealed class FrontMatterEvents
{
    private readonly List<FrontMatterEntry> entries = new();
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);

    /// <summary>The entries of the top mapping, in the order written.</summary>
    public IReadOnlyList<FrontMatterEntry> Entries => entries;

    /// <summary>What the YAML holds at its top.</summary>
    public FrontMatterShape Shape { get; private set; } = FrontMatterShape.NoDocument;

    /// <summary>Why the YAML is refused (an alias, nesting too deep), or null.</summary>
    public YamlRefusal? Refusal { get; private set; }

    /// <summary>True when the YAML holds what only the node model judges (see the remarks): the entries are then incomplete.</summary>
    public bool NeedsNodeModel { get; private set; }

    /// <summary>
    /// Reads the events of <paramref name="yaml"/> to its end or to a refusal. A syntax error is thrown as YamlDotNet
    /// throws it; the caller reports it unless <see cref="NeedsNodeModel"/> (the node model then reads the YAML again
    /// and reports what it meets first, as the guard leaves syntax errors to it).
    /// </summary>
    public void Read(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var open = 0;
        var documents = 0;
        Scalar? key = null;
        while (parser.MoveNext())
        {
            var parsingEvent = parser.Current!;
            if (YamlGuard.Refuse(parsingEvent, ref depth) is { } refusal)
            {
                Refusal = refusal;
                return;
            }

            if (NeedsNodeModel)
            {
                // Only the guard's checks are left to make.
                continue;
            }

            switch (parsingEvent)
            {
                case DocumentStart:
                    NeedsNodeModel = ++documents > 1;
                    break;
                case MappingStart:
                    // The top mapping; any other is a key or a value whose keys only the node model checks.
                    NeedsNodeModel = open > 0;
                    Shape = open == 0 ? FrontMatterShape.Mapping : Shape;
                    open++;
                    break;
                case SequenceStart sequence:
                    if (open == 0)
                    {
                        Shape = FrontMatterShape.NotMapping;
                    }
                    else if (open == 1 && Shape == FrontMatterShape.Mapping)
                    {
                        if (key is null)
                        {
                            // A list as a key.
                            NeedsNodeModel = true;
                        }
                        else
                        {
                            entries.Add(new FrontMatterEntry(key.Value, key.Start, key.End, null, "a list", sequence.Start, sequence.End));
                            key = null;
                        }
                    }

                    open++;
                    break;
                case MappingEnd or SequenceEnd:
                    open--;
                    break;
                case Scalar scalar when open == 0:
                    Shape = FrontMatterShape.NotMapping;
                    break;
                case Scalar scalar when open == 1 && Shape == FrontMatterShape.Mapping:
                    if (key is not null)
                    {
                        entries.Add(new FrontMatterEntry(key.Value, key.Start, key.End, scalar.Value, string.Empty, scalar.Start, scalar.End));
                        key = null;
                    }
                    else if (!scalar.Tag.IsEmpty || !keys.Add(scalar.Value))
                    {
                        // A tagged key, or a key written twice: the node model compares keys by tag and value.
                        NeedsNodeModel = true;
                    }
                    else
                    {
                        key = scalar;
                    }

                    break;
            }
        }
    }
}
