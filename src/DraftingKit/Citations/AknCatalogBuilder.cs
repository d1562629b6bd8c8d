using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DraftingKit.Model;

namespace DraftingKit.Citations;

/// <summary>
/// Derives catalog rows from the UN's AKN4UN files, so that a team can refresh its catalog from newer UN XML:
/// each file's own symbol, date of adoption and title, and the dates it cites other resolutions with.
/// </summary>
public static class AknCatalogBuilder
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly Regex WorkUri = new(@"/unga/(?<date>\d{4}-\d{2}-\d{2})/(?<session>\d+|ES-\d+|S-\d+)-(?<number>\d+)(?<parts>[A-Z](?:-[A-Z])*)?/", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex SymbolParts = new(@"^A/RES/\S+ (?<first>[A-Z])(?:(?:-| to | and )(?<last>[A-Z]))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Reads every file and returns the catalog rows: a row per adopted text (evidence "record") and a row per
    /// text cited with a date that the files do not themselves hold (evidence "cited:N", dissenting dates kept).
    /// Files that cannot be read are returned as problems, never thrown.
    /// </summary>
    public static (List<CatalogEntry> Rows, List<string> Problems) Build(IEnumerable<string> files)
    {
        var adopted = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var cited = new Dictionary<string, CitedDates>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            XDocument document;
            try
            {
                // Read as the importer reads it: any encoding the file declares, any AKN 3.0 namespace.
                using var stream = File.OpenRead(file);
                document = Security.SafeXml.Load(stream, LoadOptions.None, Security.InputLimits.ImportBytes);
                Import.Akn.AknSerialisation.Normalize(document);
            }
            catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
            {
                problems.Add(file + ": " + exception.Message);
                continue;
            }

            var self = ReadSelf(document, file, problems);
            foreach (var entry in self)
            {
                adopted[entry.Key] = entry;
            }

            var citing = self.Count > 0 ? "A/RES/" + self[0].Number : Path.GetFileName(file);
            foreach (var paragraph in document.Descendants(Akn + "p"))
            {
                var text = Spaces.Replace(string.Concat(paragraph.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors(Akn + "authorialNote").Except(paragraph.AncestorsAndSelf(Akn + "authorialNote")).Any()).Select(t => t.Value)), " ");
                foreach (var citation in CitationRecognizer.Find(text, Organ.GeneralAssembly))
                {
                    if (citation is { Key: { } key, Date: { } date, OrganStated: true, DateIsShared: false })
                    {
                        if (!cited.TryGetValue(key, out var dates))
                        {
                            cited.Add(key, dates = new CitedDates(citation.Organ!, citation.Kind, citation.Number));
                        }

                        dates.Add(date, citing);
                    }
                }
            }
        }

        var rows = new List<CatalogEntry>(adopted.Values);
        foreach (var dates in cited.Values)
        {
            var (date, texts, example, others) = dates.Consensus();
            if (adopted.TryGetValue(dates.Key, out var record))
            {
                var dissent = dates.Dissent(record.Date);
                if (dissent.Length > 0)
                {
                    rows[rows.IndexOf(record)] = record with { OtherDates = dissent };
                }

                continue;
            }

            rows.Add(new CatalogEntry(dates.Organ, dates.Number, dates.Kind, date, "cited:" + texts.ToString(CultureInfo.InvariantCulture), others, null, "cited by " + texts.ToString(CultureInfo.InvariantCulture) + " texts, e.g. " + example));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return (rows, problems);
    }

    /// <summary>Writes rows in the project-catalog CSV format (<c>*.catalog.csv</c>), with evidence and other dates.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<CatalogEntry> rows)
    {
        writer.Write("organ,number,kind,date,title,source,evidence,other_dates\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(",", new[]
            {
                Csv(row.Organ), Csv(row.Number), row.Kind == CitedKind.Decision ? "decision" : "resolution", row.Date?.ToIsoString() ?? string.Empty,
                Csv(row.Title ?? string.Empty), Csv(row.Source), Csv(row.Evidence), Csv(row.OtherDates),
            }));
            writer.Write('\n');
        }
    }

    private static List<CatalogEntry> ReadSelf(XDocument document, string file, List<string> problems)
    {
        var rows = new List<CatalogEntry>();
        var work = document.Descendants(Akn + "FRBRWork").FirstOrDefault();
        var uri = (string?)work?.Element(Akn + "FRBRthis")?.Attribute("value") ?? string.Empty;
        var match = WorkUri.Match(uri);
        if (!match.Success || !UnDate.TryParse(match.Groups["date"].Value, out var date))
        {
            problems.Add(file + ": no General Assembly resolution identifier in FRBRWork/FRBRthis ('" + uri + "')");
            return rows;
        }

        var number = match.Groups["session"].Value + "/" + match.Groups["number"].Value;
        var title = Spaces.Replace(string.Concat(TitleOf(document)?.DescendantNodes().OfType<XText>().Select(t => t.Value) ?? Array.Empty<string>()), " ").Trim();
        var source = "AKN4UN " + Path.GetFileName(file);
        var parts = PartsOf(document) ?? (match.Groups["parts"].Success ? match.Groups["parts"].Value.Split('-') : null);
        if (parts is not null)
        {
            foreach (var part in parts)
            {
                rows.Add(new CatalogEntry("GA", number + " " + part, CitedKind.Resolution, date, "record", string.Empty, title.Length == 0 ? null : title, source));
            }
        }
        else
        {
            rows.Add(new CatalogEntry("GA", number, CitedKind.Resolution, date, "record", string.Empty, title.Length == 0 ? null : title, source));
        }

        return rows;
    }

    /// <summary>
    /// The lettered parts the printed symbol names ("A/RES/76/235 B" → B; "A/RES/76/247 A-C" → A, B, C), or null when
    /// it names none. The symbol wins over the work identifier, which leaves out the letter of a part adopted later
    /// (76/235 B, adopted in June 2022, is identified as "76-235") and can disagree on a range.
    /// </summary>
    private static IReadOnlyList<string>? PartsOf(XDocument document)
    {
        foreach (var number in document.Descendants(Akn + "docNumber"))
        {
            var refersTo = (string?)number.Attribute("refersTo");
            if (refersTo is null || refersTo.IndexOf("symbol", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            var symbol = SymbolParts.Match(Spaces.Replace(number.Value, " ").Trim());
            if (!symbol.Success)
            {
                return null;
            }

            var first = symbol.Groups["first"].Value[0];
            var last = symbol.Groups["last"].Success ? symbol.Groups["last"].Value[0] : first;
            var parts = new List<string>();
            for (var letter = first; letter <= last; letter++)
            {
                parts.Add(letter.ToString());
            }

            return parts;
        }

        return null;
    }

    /// <summary>
    /// The resolution's own title: a <c>docTitle</c> outside the cover page (whose <c>docTitle</c> is the adoption line,
    /// "Resolution adopted by the General Assembly on …"), the one that says it is a title by its <c>refersTo</c> first.
    /// A Council resolution has none: its <c>docTitle</c>s refer to its number and adoption.
    /// </summary>
    private static XElement? TitleOf(XDocument document)
    {
        XElement? untyped = null;
        foreach (var candidate in document.Descendants(Akn + "docTitle"))
        {
            if (candidate.Ancestors(Akn + "coverPage").Any())
            {
                continue;
            }

            var refersTo = (string?)candidate.Attribute("refersTo");
            if (refersTo is null)
            {
                untyped ??= candidate;
            }
            else if (refersTo.IndexOf("title", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return candidate;
            }
        }

        return untyped;
    }

    private static string Csv(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    private sealed class CitedDates
    {
        private readonly SortedDictionary<UnDate, (HashSet<string> Texts, string Example)> dates = new();

        public CitedDates(string organ, CitedKind kind, string number)
        {
            Organ = organ;
            Kind = kind;
            Number = number;
        }

        public string Organ { get; }

        public CitedKind Kind { get; }

        public string Number { get; }

        public string Key => CatalogKey.Of(Organ, Kind, Number);

        /// <summary>Counts citing texts, not citations: a text that repeats a citation is one witness.</summary>
        public void Add(UnDate date, string citing)
        {
            if (!dates.TryGetValue(date, out var seen))
            {
                dates.Add(date, seen = (new HashSet<string>(StringComparer.Ordinal), citing));
            }

            seen.Texts.Add(citing);
        }

        /// <summary>The date most citations give, how many give it, an example, and the dissenting dates.</summary>
        public (UnDate Date, int Texts, string Example, string Others) Consensus()
        {
            var best = dates.OrderByDescending(pair => pair.Value.Texts.Count).ThenBy(pair => pair.Key).First();
            return (best.Key, best.Value.Texts.Count, best.Value.Example, Dissent(best.Key));
        }

        public string Dissent(UnDate? agreed)
        {
            var builder = new StringBuilder();
            foreach (var pair in dates)
            {
                if (pair.Key != agreed)
                {
                    builder.Append(builder.Length == 0 ? string.Empty : ";").Append(pair.Key.ToIsoString()).Append(':').Append(pair.Value.Texts.Count.ToString(CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }
    }
}
