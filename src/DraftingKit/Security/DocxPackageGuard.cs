using System.IO;
using System.IO.Compression;
using System.Xml;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Security;

/// <summary>
/// Looks at a Word file's package before the Open XML SDK opens it: the file's size, the number of entries, what
/// they declare they expand to and how many times they grow, and then each XML part itself, decompressed through a
/// <see cref="BoundedStream"/> and read with <see cref="SafeXml"/>'s settings for its depth and DTD. A zip bomb is
/// refused from its directory in milliseconds; one whose headers lie, after at most
/// <see cref="InputLimits.DocxPartBytes"/> of output. A package that is not a zip at all is left to the SDK, which
/// says so (DK0108).
/// </summary>
internal static class DocxPackageGuard
{
    /// <summary>
    /// Null when the package at <paramref name="stream"/> is within the limits, with <paramref name="package"/> a
    /// seekable stream of it at its start; otherwise the refusal (DK0041, DK0190 or DK0191).
    /// </summary>
    public static DraftingDiagnostic? Check(string path, Stream stream, out Stream package)
    {
        package = stream;
        if (!stream.CanSeek)
        {
            // ZipArchive needs to seek; a stream that cannot is copied, up to the limit and no further.
            var copy = new MemoryStream();
            try
            {
                new BoundedStream(stream, InputLimits.DocxBytes).CopyTo(copy);
            }
            catch (InputLimitExceededException exception)
            {
                return Refusal(InputDiagnostics.FileTooLarge, path, exception.Count, InputChecks.WordFiles, InputLimits.DocxBytes);
            }

            copy.Position = 0;
            package = copy;
        }

        var start = package.Position;
        if (package.Length - start > InputLimits.DocxBytes)
        {
            return Refusal(InputDiagnostics.FileTooLarge, path, package.Length - start, InputChecks.WordFiles, InputLimits.DocxBytes);
        }

        try
        {
            return CheckEntries(path, package);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return null;
        }
        finally
        {
            package.Position = start;
        }
    }

    private static DraftingDiagnostic? CheckEntries(string path, Stream package)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > InputLimits.DocxEntries)
        {
            return Package(path, $"its package holds {zip.Entries.Count:N0} entries; a Word file may hold {InputLimits.DocxEntries:N0}");
        }

        long expanded = 0;
        foreach (var entry in zip.Entries)
        {
            expanded += entry.Length;
            if (TooCompressed(entry.Length, entry.CompressedLength))
            {
                return Package(path, $"'{entry.FullName}' declares that its {entry.CompressedLength:N0} bytes expand to {entry.Length:N0}, more than {InputLimits.DocxCompressionRatio} times");
            }
        }

        if (expanded > InputLimits.DocxExpandedBytes)
        {
            return Package(path, $"its entries declare {expanded:N0} bytes once expanded; a Word file may expand to {InputLimits.DocxExpandedBytes:N0}");
        }

        foreach (var entry in zip.Entries)
        {
            if (IsXml(entry.FullName) && CheckXmlPart(path, entry) is { } refusal)
            {
                return refusal;
            }
        }

#if NET
        // A flipped byte inside a compressed part can still inflate to text, another text than was written; the
        // package keeps each part's CRC-32 to tell.
        foreach (var entry in zip.Entries)
        {
            if (!MatchesChecksum(entry))
            {
                return Package(path, $"'{entry.FullName}' does not match the checksum its package records: the file is damaged");
            }
        }
#endif

        return null;
    }

#if NET
    private static bool MatchesChecksum(ZipArchiveEntry entry)
    {
        var crc = new System.IO.Hashing.Crc32();
        var buffer = new byte[16 * 1024];
        using var part = new BoundedStream(entry.Open(), PartLimit(entry));
        int read;
        while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
        {
            crc.Append(buffer.AsSpan(0, read));
        }

        return crc.GetCurrentHashAsUInt32() == entry.Crc32;
    }
#endif

    /// <summary>How far one part may expand as it is read: its compressed size times the ratio allowed, within the bounds.</summary>
    private static long PartLimit(ZipArchiveEntry entry) =>
        Math.Min(InputLimits.DocxPartBytes, Math.Max(InputLimits.DocxRatioFloorBytes, entry.CompressedLength * InputLimits.DocxCompressionRatio));

    private static DraftingDiagnostic? CheckXmlPart(string path, ZipArchiveEntry entry)
    {
        var limit = PartLimit(entry);
        using var bounded = new BoundedStream(entry.Open(), limit);
        try
        {
            using var reader = XmlReader.Create(bounded, SafeXml.ReaderSettings(InputLimits.DocxPartBytes));
            while (reader.Read())
            {
                if (reader.Depth >= InputLimits.XmlDepth)
                {
                    return Xml(path, reader, $"'{entry.FullName}' nests elements more than {InputLimits.XmlDepth} deep");
                }
            }
        }
        catch (InputLimitExceededException)
        {
            return Package(path, $"'{entry.FullName}' expands beyond {limit:N0} bytes from {entry.CompressedLength:N0} (it declares {entry.Length:N0})");
        }
        catch (XmlException exception)
        {
            // The reader refuses a DTD as it refuses malformed XML; a DTD is told apart by the prolog that holds it.
            // Malformed XML is the SDK's to report (DK0108), with the reason it gives.
            return DeclaresDocumentType(entry)
                ? Refusal(InputDiagnostics.XmlRefused, path, $"'{entry.FullName}' declares a document type (DTD), which a Word part never has (line {exception.LineNumber}, column {exception.LinePosition} of the part)")
                : null;
        }

        return null;
    }

    /// <summary>True when the part's first kilobytes, where a prolog stands, hold a document type declaration.</summary>
    private static bool DeclaresDocumentType(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[4096];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, length).Contains("<!DOCTYPE");
    }

    private static bool TooCompressed(long length, long compressed) =>
        length > InputLimits.DocxRatioFloorBytes && length > compressed * InputLimits.DocxCompressionRatio;

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static DraftingDiagnostic Package(string path, string reason) =>
        Refusal(InputDiagnostics.DocxPackageRefused, path, reason);

    private static DraftingDiagnostic Xml(string path, XmlReader reader, string reason)
    {
        var info = reader as IXmlLineInfo;
        var where = info is not null && info.HasLineInfo() ? $" (line {info.LineNumber}, column {info.LinePosition} of the part)" : string.Empty;
        return Refusal(InputDiagnostics.XmlRefused, path, reason + where);
    }

    private static DraftingDiagnostic Refusal(DraftingDescriptor descriptor, string path, params object[] arguments) =>
        DraftingDiagnostic.Create(descriptor, new SourceSpan(path, 0, 0, 1, 1, 1, 1), arguments);
}
