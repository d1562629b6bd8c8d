using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DraftingKit.Security;

/// <summary>
/// Checks YAML (a front matter, a report block) with YamlDotNet's event parser, which keeps its own stack, before
/// the node model is built: YAML over <see cref="InputLimits.YamlCharacters"/>, nested deeper than
/// <see cref="InputLimits.YamlDepth"/> or using an alias (<c>*name</c>, the means of a "billion laughs") is
/// refused. The template format's values are written out, so a real front matter never needs an alias.
/// </summary>
internal static class YamlGuard
{
    /// <summary>Why <paramref name="yaml"/> is refused and at which character of it, or null when it may be loaded (syntax errors are left to the loader, which reports them).</summary>
    public static YamlRefusal? Check(string yaml)
    {
        if (TooLong(yaml) is { } tooLong)
        {
            return tooLong;
        }

        var depth = 0;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                if (Refuse(parser.Current!, ref depth) is { } refusal)
                {
                    return refusal;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }

        return null;
    }

    /// <summary>Why <paramref name="yaml"/> is refused for its length alone, or null.</summary>
    public static YamlRefusal? TooLong(string yaml) =>
        yaml.Length > InputLimits.YamlCharacters
            ? new YamlRefusal($"it is {yaml.Length:N0} characters long; DraftingKit reads YAML of at most {InputLimits.YamlCharacters:N0} characters (docs/limits.md)", 0)
            : null;

    /// <summary>
    /// Why the YAML is refused at this event of its parse, or null: the check of one event, for a reader that takes the
    /// events for itself and guards them in the same pass. <paramref name="depth"/> counts the lists and mappings open.
    /// </summary>
    public static YamlRefusal? Refuse(ParsingEvent parsingEvent, ref int depth)
    {
        switch (parsingEvent)
        {
            case AnchorAlias alias:
                return new YamlRefusal($"the alias '*{alias.Value}' repeats another value; write each value out (DraftingKit does not read YAML aliases)", (int)alias.Start.Index);
            case MappingStart or SequenceStart:
                if (++depth > InputLimits.YamlDepth)
                {
                    return new YamlRefusal($"its lists and mappings nest more than {InputLimits.YamlDepth} levels deep (docs/limits.md)", (int)parsingEvent.Start.Index);
                }

                break;
            case MappingEnd or SequenceEnd:
                depth--;
                break;
        }

        return null;
    }
}

/// <summary>Why a YAML text is refused, and the character of it where the reason lies.</summary>
internal sealed record YamlRefusal(string Message, int Index);
