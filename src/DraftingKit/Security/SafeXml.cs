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
        return Load(() => new StringReader(content), reader => XmlReader.Create(reader, ReaderSettings(maximumCharacters)), options, () => content);
    }

    /// <summary>
    /// Loads a document from its bytes within the limits, decoded as the XML standard says: by its byte order mark
    /// (UTF-8, UTF-16 little- or big-endian), else by the encoding its declaration names ("ISO-8859-1"), else as
    /// UTF-8. A file written by another tool in UTF-16 or Latin-1 reads as the same text as its UTF-8 twin.
    /// </summary>
    public static XDocument Load(Stream stream, LoadOptions options, long maximumBytes)
    {
        var bytes = ReadAtMost(stream, maximumBytes);
        return Load(() => new MemoryStream(bytes, writable: false), input => XmlReader.Create(input, ReaderSettings(maximumBytes)), options, () => Prolog(bytes));
    }

    private static XDocument Load<T>(Func<T> open, Func<T, XmlReader> create, LoadOptions options, Func<string> prolog)
        where T : IDisposable
    {
        try
        {
            using (var input = open())
            using (var scan = create(input))
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
        }
        catch (XmlException exception) when (exception is not XmlLimitException && DeclaresDocumentType(prolog()))
        {
            throw new XmlException(
                "it declares a document type (<!DOCTYPE …>), and DraftingKit reads no DTD: nothing it names is fetched or expanded; remove the declaration to read the file",
                exception,
                exception.LineNumber,
                exception.LinePosition);
        }

        using var source = open();
        using var reader = create(source);
        return XDocument.Load(reader, options);
    }

    /// <summary>
    /// True when a document type declaration opens the file: after a byte order mark, the XML declaration,
    /// whitespace, comments and instructions, before the root. One pass, no backtracking.
    /// </summary>
    private static bool DeclaresDocumentType(string prolog)
    {
        var at = prolog.Length > 0 && prolog[0] == '\uFEFF' ? 1 : 0;
        while (at < prolog.Length)
        {
            if (char.IsWhiteSpace(prolog[at]))
            {
                at++;
            }
            else if (string.CompareOrdinal(prolog, at, "<?", 0, 2) == 0 || string.CompareOrdinal(prolog, at, "<!--", 0, 4) == 0)
            {
                var close = prolog[at + 1] == '?' ? "?>" : "-->";
                var end = prolog.IndexOf(close, at + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                at = end + close.Length;
            }
            else
            {
                return string.CompareOrdinal(prolog, at, "<!DOCTYPE", 0, 9) == 0;
            }
        }

        return false;
    }

    /// <summary>The head of the file as text, enough to see its prolog, in the encoding its byte order mark names.</summary>
    private static string Prolog(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, 0, Math.Min(bytes.Length, 64 * 1024), writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().Replace("\0", string.Empty);
    }

    private static byte[] ReadAtMost(Stream stream, long maximumBytes)
    {
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (content.Length + read > maximumBytes)
            {
                throw new XmlLimitException($"it holds more than {maximumBytes:N0} bytes", 0, 0);
            }

            content.Write(buffer, 0, read);
        }

        return content.ToArray();
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
