using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace DraftingKit.Security;

/// <summary>
/// How DraftingKit reads XML it is handed (AKN4UN files, the parts of a Word file): no document type declaration
/// (so no entity is expanded and nothing is fetched), nothing resolved, a cap on the characters read, and elements
/// nested at most <see cref="InputLimits.XmlDepth"/> deep. One factory, so that no reader is made without them.
/// </summary>
public static class SafeXml
{
    /// <summary>Reader settings that refuse a DTD, resolve nothing and stop after <paramref name="maximumCharacters"/> characters.</summary>
    public static XmlReaderSettings ReaderSettings(long maximumCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = maximumCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>
    /// Loads a document within the limits; XML over them throws <see cref="XmlLimitException"/>, an
    /// <see cref="XmlException"/> carrying the line and column of the element too deep, so that a caller's
    /// existing handling of bad XML reports it.
    /// </summary>
    public static XDocument Load(TextReader text, LoadOptions options, long maximumCharacters)
    {
        using var reader = XmlReader.Create(text, ReaderSettings(maximumCharacters));
        // XDocument.Load builds the tree with a loop, not recursion, so the depth is checked on the tree it built.
        var document = XDocument.Load(reader, options | LoadOptions.SetLineInfo);
        if (Deeper(document, InputLimits.XmlDepth) is { } deep)
        {
            var info = (IXmlLineInfo)deep;
            throw new XmlLimitException(
                $"element '{deep.Name.LocalName}' is nested more than {InputLimits.XmlDepth} elements deep",
                info.HasLineInfo() ? info.LineNumber : 0,
                info.HasLineInfo() ? info.LinePosition : 0);
        }

        return document;
    }

    /// <summary>An element nested deeper than <paramref name="depth"/>, or null; walked with a stack of its own so that depth cannot exhaust the thread's.</summary>
    internal static XElement? Deeper(XDocument document, int depth)
    {
        if (document.Root is null)
        {
            return null;
        }

        var pending = new Stack<(XElement Element, int Depth)>();
        pending.Push((document.Root, 1));
        while (pending.Count > 0)
        {
            var (element, level) = pending.Pop();
            if (level > depth)
            {
                return element;
            }

            foreach (var child in element.Elements())
            {
                pending.Push((child, level + 1));
            }
        }

        return null;
    }
}

/// <summary>XML refused for going beyond <see cref="InputLimits"/> rather than for being malformed (DK0191).</summary>
public sealed class XmlLimitException : XmlException
{
    /// <summary>Creates the refusal with the place it concerns.</summary>
    public XmlLimitException(string message, int line, int column)
        : base(message, null, line, column)
    {
    }
}
