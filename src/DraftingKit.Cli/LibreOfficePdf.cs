using System.Diagnostics;

namespace DraftingKit.Cli;

/// <summary>
/// PDF through LibreOffice: the Word rendering laid out into pages by <c>soffice --headless --convert-to pdf</c>, so
/// that the PDF shows exactly what the DOCX shows. LibreOffice is not bundled; <see cref="Find"/> says whether it is
/// installed and <see cref="Missing"/> how to install it.
/// </summary>
internal static class LibreOfficePdf
{
    /// <summary>How long one conversion may take before it is abandoned.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>What to tell the user when LibreOffice is not on PATH.</summary>
    public const string Missing = "pdf output is laid out by LibreOffice, which is not installed: put soffice on PATH (Debian and Ubuntu: apt-get install libreoffice-writer-nogui), or render --format docx.";

    /// <summary>The full path of soffice (or libreoffice) on PATH, or null.</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "soffice", "libreoffice", "soffice.exe" })
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The PDF of a DOCX; throws <see cref="PdfConversionException"/> with LibreOffice's own words when it fails.</summary>
    public static byte[] Convert(byte[] docx)
    {
        var office = Find() ?? throw new PdfConversionException(Missing);
        var folder = Path.Combine(Path.GetTempPath(), "draftkit-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "document.docx");
            File.WriteAllBytes(input, docx);

            // A private profile: a LibreOffice already running would otherwise take the conversion over and return at once.
            var start = new ProcessStartInfo(office)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", folder, input })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new PdfConversionException("LibreOffice (" + office + ") did not start.");
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new PdfConversionException($"LibreOffice did not finish the PDF within {Timeout.TotalMinutes} minutes.");
            }

            var output = Path.Combine(folder, "document.pdf");
            if (!File.Exists(output))
            {
                throw new PdfConversionException($"LibreOffice wrote no PDF (exit code {process.ExitCode}): {error.Result.Trim()}");
            }

            return File.ReadAllBytes(output);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not worth failing a rendering that succeeded.
            }
        }
    }
}

/// <summary>LibreOffice could not turn the Word rendering into a PDF; the message says why.</summary>
internal sealed class PdfConversionException : Exception
{
    public PdfConversionException(string message)
        : base(message)
    {
    }
}
