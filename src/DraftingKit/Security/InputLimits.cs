namespace DraftingKit.Security;

/// <summary>
/// The most DraftingKit reads from one input. Each limit is far above what a UN text needs (of the UN's AKN4UN files in
/// the corpus, the largest is 380 KB, the longest line 17,011 characters, the deepest element 14 levels down)
/// and far below what exhausts a machine; an input over one is refused with a diagnostic naming the file, before
/// the work it would cost. <c>docs/limits.md</c> lists them, and a test holds the page to these constants.
/// </summary>
public static class InputLimits
{
    /// <summary>Bytes of a template (<c>*.res.md</c>), report (<c>*.report.md</c>) or project catalog (<c>*.catalog.csv</c>).</summary>
    public const long TemplateBytes = 4L * 1024 * 1024;

    /// <summary>Characters of one line of a template, report or imported text.</summary>
    public const int LineCharacters = 200_000;

    /// <summary>Characters of a YAML front matter or of one report block's YAML.</summary>
    public const int YamlCharacters = 64 * 1024;

    /// <summary>Levels of YAML lists and mappings within each other.</summary>
    public const int YamlDepth = 32;

    /// <summary>Bytes of a text extraction or an AKN4UN XML file given to the importers.</summary>
    public const long ImportBytes = 16L * 1024 * 1024;

    /// <summary>Levels of XML elements within each other, in AKN4UN and in the parts of a Word file.</summary>
    public const int XmlDepth = 256;

    /// <summary>Bytes of a Word file (<c>.docx</c>) as stored, compressed.</summary>
    public const long DocxBytes = 32L * 1024 * 1024;

    /// <summary>Entries (parts, images, relationships) in a Word file's package.</summary>
    public const int DocxEntries = 1_000;

    /// <summary>Bytes of all the entries of a Word file once decompressed, as the package declares them.</summary>
    public const long DocxExpandedBytes = 128L * 1024 * 1024;

    /// <summary>Bytes of one XML part of a Word file once decompressed, counted as it is read.</summary>
    public const long DocxPartBytes = 64L * 1024 * 1024;

    /// <summary>How many times larger than stored an entry may grow once decompressed, once it passes a mebibyte.</summary>
    public const int DocxCompressionRatio = 100;

    /// <summary>Size from which the compression ratio is checked: small parts of repeated markup compress far better.</summary>
    public const long DocxRatioFloorBytes = 1024L * 1024;
}
