using System.IO;
using System.Reflection;

namespace DraftingKit.Model;

/// <summary>Reads <c>Model/organs.tsv</c>, the one place that says what each organ writes, into <see cref="Organ"/>s.</summary>
internal static class OrganTable
{
    // The getters of Organ read this lazily: Organ has no static fields, so loading the table (which constructs
    // organs) never waits on Organ's own static initialization.
    private static readonly Lazy<IReadOnlyList<Organ>> Table = new(Load);

    public static IReadOnlyList<Organ> Known => Table.Value;

    private static IReadOnlyList<Organ> Load()
    {
        using var stream = typeof(OrganTable).GetTypeInfo().Assembly.GetManifestResourceStream("DraftingKit.Model.organs.tsv")
            ?? throw new InvalidOperationException("The organ table organs.tsv is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static IReadOnlyList<Organ> Parse(TextReader reader)
    {
        var organs = new List<Organ>();
        string[]? columns = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells;
                continue;
            }

            if (cells.Length != columns.Length)
            {
                throw new InvalidDataException($"organs.tsv: the line for '{cells[0]}' has {cells.Length} cells; the header names {columns.Length}.");
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                row[columns[i]] = cells[i];
            }

            organs.Add(Read(row));
        }

        return organs;
    }

    private static Organ Read(Dictionary<string, string> row)
    {
        var akn = row["akn"].Split(' ');
        return new Organ(row["name"], row["formula"], row["symbol"], row["sessions"] == "year")
        {
            Key = row["key"],
            ResolutionSymbolPrefix = Optional(row["resolutions"]),
            Numbering = row["numbering"] switch
            {
                "session" => OrganNumbering.Session,
                "year" => OrganNumbering.Year,
                "number-year" => OrganNumbering.NumberAndYear,
                var other => throw new InvalidDataException($"organs.tsv: '{row["key"]}' has numbering '{other}'; write session, year or number-year."),
            },
            MeetsInSessions = row["sessions"] != "none",
            TitlesResolutions = row["titled"] == "yes",
            AdoptionLineForm = row["adoption"],
            ClosesWithMeeting = row["closing"] == "meeting-date",
            SelfReference = row["self"],
            KeepsRepeatLadder = row["repeats"] switch
            {
                "ladder" => true,
                "free" => false,
                var other => throw new InvalidDataException($"organs.tsv: '{row["key"]}' has repeats '{other}'; write ladder or free."),
            },
            SeizedClosing = Optional(row["seized"]),
            AcceptsIseSpelling = row["spelling"] switch
            {
                "ize" => false,
                "ize-or-ise" => true,
                var other => throw new InvalidDataException($"organs.tsv: '{row["key"]}' has spelling '{other}'; write ize or ize-or-ise."),
            },
            AcceptsCommaSeries = row["lists"] switch
            {
                "semicolon" => false,
                "semicolon-or-comma" => true,
                var other => throw new InvalidDataException($"organs.tsv: '{row["key"]}' has lists '{other}'; write semicolon or semicolon-or-comma."),
            },
            AknNames = akn.Length == 3 ? (akn[0], akn[1], akn[2]) : throw new InvalidDataException($"organs.tsv: '{row["key"]}' needs three AKN names."),
            CatalogCode = Optional(row["catalog"]),
            MeetingName = Optional(row["meetings"]),
            NameInFrench = Optional(row["name-fr"]),
            AdoptionLineFormInFrench = Optional(row["adoption-fr"]),
            FormulaSubjectInFrench = Optional(row["formula-fr"]),
            MeetingNameInFrench = Optional(row["meetings-fr"]),
        };
    }

    private static string? Optional(string cell) => cell == "-" ? null : cell;
}
