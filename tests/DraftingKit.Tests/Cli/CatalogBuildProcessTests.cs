using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// <c>draftkit catalog build</c> run as a process over the UN's own AKN4UN files. The judge is the UN's record as the
/// embedded catalog holds it (built from the same repository's metadata by a separate script), not the builder.
/// </summary>
public sealed class CatalogBuildProcessTests : IDisposable
{
    private const string Header = "organ,number,kind,date,title,source,evidence,other_dates";
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-catalog-process-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Session(string session) => Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "en", session);

    /// <summary>The first resolution file of a session, in ordinal order: a rule, so a renamed file changes nothing.</summary>
    private static string FirstFileOf(string session) => Directory.GetFiles(Session(session), "*.xml").OrderBy(f => f, StringComparer.Ordinal).First();

    [Fact]
    public void A_file_gives_its_own_record_with_the_resolution_title_not_the_adoption_line_and_the_dates_it_cites()
    {
        var file = FirstFileOf("76");

        var (exit, output, error) = DraftkitProcess.Run(folder, "catalog", "build", file);

        var lines = output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var record = Assert.Single(lines, line => line.Contains(",record,", StringComparison.Ordinal));
        Assert.Equal(0, exit);
        Assert.Equal(Header, lines[0]);
        Assert.DoesNotContain("Resolution adopted by", record, StringComparison.Ordinal);
        Assert.Equal(EmbeddedRecords()[NumberOf(record)].Title, Fields(record)[4]);
        Assert.Contains(lines.Skip(1), line => line.Contains(",cited:", StringComparison.Ordinal));
        Assert.Matches(@"^draftkit catalog build: 1 file\(s\), \d+ row\(s\)\n$", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_session_folder_gives_every_resolution_with_the_date_and_title_of_the_UN_record()
    {
        var target = Path.Combine(folder, "session.catalog.csv");

        var (exit, output, _) = DraftkitProcess.Run(folder, "catalog", "build", Session("76"), "-o", target);

        var records = File.ReadAllLines(target).Skip(1).Where(line => line.Contains(",record,", StringComparison.Ordinal)).ToList();
        var embedded = EmbeddedRecords();
        var compared = records.Where(line => embedded.ContainsKey(NumberOf(line))).ToList();
        var differing = compared.Where(line => embedded[NumberOf(line)] != (Fields(line)[3], Fields(line)[4])).ToList();
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        var sources = records.Select(line => Fields(line)[5]).Distinct().Count();
        Assert.Equal(Directory.GetFiles(Session("76"), "*.xml").Length, sources);
        Assert.Equal(records.Count, compared.Count);
        // The one difference in session 76: the file's identifier dates 76/254 17 March 2022, the UN's record 15 March.
        Assert.True(differing.Count <= 1, string.Join("\n", differing));
    }

    [Fact]
    public void An_existing_output_is_kept_without_force_and_replaced_with_it()
    {
        var target = Path.Combine(folder, "team.catalog.csv");
        File.WriteAllText(target, "kept\n");

        var refused = DraftkitProcess.Run(folder, "catalog", "build", FirstFileOf("75"), "-o", target);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"draftkit: '{target}' exists; use --force to overwrite it\n", refused.StandardError.Replace("\r\n", "\n"));
        Assert.Equal("kept\n", File.ReadAllText(target));

        var forced = DraftkitProcess.Run(folder, "catalog", "build", FirstFileOf("75"), "-o", target, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith(Header + "\n", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_is_an_IO_error_with_exit_code_2_and_no_output()
    {
        var (exit, output, error) = DraftkitProcess.Run(folder, "catalog", "build", "nowhere");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("draftkit: cannot read 'nowhere': no such file or folder\n", error.Replace("\r\n", "\n"));
    }

    private static string NumberOf(string csvLine) => Fields(csvLine)[0] + " " + Fields(csvLine)[1];

    /// <summary>Splits a CSV line of the catalog format (quoted fields may hold commas and doubled quotes).</summary>
    private static string[] Fields(string csvLine)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csvLine.Length; i++)
        {
            var c = csvLine[i];
            if (quoted && c == '"' && i + 1 < csvLine.Length && csvLine[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }

    /// <summary>The UN's records in the embedded catalog: "GA 76/10" → (date, title).</summary>
    private static Dictionary<string, (string Date, string Title)> EmbeddedRecords()
    {
        var records = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "src", "DraftingKit", "Citations", "catalog.tsv")))
        {
            var fields = line.Split('\t');
            if (!line.StartsWith('#') && fields.Length > 6 && fields[4] == "record")
            {
                records[fields[0] + " " + fields[1]] = (fields[3], fields[6]);
            }
        }

        return records;
    }
}
