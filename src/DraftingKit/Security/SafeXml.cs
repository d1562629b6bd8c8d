using System.IO;
using System.Text;
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
    /// <remarks>
    /// PERF: the depth is checked by a streaming read before the tree is built: XDocument takes time quadratic in
    /// the depth (4 minutes for 100,000 nested elements, 2.6 MB), the reader linear. The text is held once, at most
    /// <paramref name="maximumCharacters"/> of it.
    /// </remarks>
    public static XDocument Load(TextReader text, LoadOptions options, long maximumCharacters)
    {
        var content = ReadAtMost(text, maximumCharacters);
        using (var scan = XmlReader.Create(new StringReader(content), ReaderSettings(maximumCharacters)))
        {
            while (scan.Read())
            {
                if (scan.NodeType == XmlNodeType.Element && scan.Depth >= InputLimits.XmlDepth)
                {
                    var info = (IXmlLineInfo)scan;
                    throw new XmlLimitException($"element '{scan.LocalName}' is nested more than {InputLimits.XmlDepth} elements deep", info.LineNumber, info.LinePosition);
                }
            }
        }

        using var reader = XmlReader.Create(new StringReader(content), ReaderSettings(maximumCharacters));
        return XDocument.Load(reader, options);
    }

    private static string ReadAtMost(TextReader text, long maximumCharacters)
    {
        var content = new StringBuilder();
        var buffer = new char[81920];
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (content.Length + read > maximumCharacters)
            {
                throw new XmlLimitException($"it holds more than {maximumCharacters:N0} characters", 0, 0);
            }

            content.Append(buffer, 0, read);
        }

        return content.ToString();
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
