using System.Collections.Generic;
using System.IO;
using System.Linq;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Corpus;

public sealed class CorpusProbe
{
    private readonly ITestOutputHelper output;

    public CorpusProbe(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Probe()
    {
        var counts = new SortedDictionary<string, int>();
        var samples = new List<string>();
        var converted = 0;
        var skipped = 0;
        foreach (var file in AknTemplateConverter.CorpusFiles(RepositoryPaths.Shared))
        {
            var template = AknTemplateConverter.Convert(file, out var why);
            if (template is null)
            {
                skipped++;
                samples.Add("SKIP " + file + " " + why);
                continue;
            }

            converted++;
            Directory.CreateDirectory("/tmp/probe-out");
            File.WriteAllText("/tmp/probe-out/" + Path.GetFileName(file).Replace(".xml", ".res.md"), template);
            var name = Path.GetFileName(file).Replace(".xml", ".res.md");
            foreach (var finding in DraftingLinter.Lint(name, template))
            {
                counts[finding.Id] = counts.GetValueOrDefault(finding.Id) + 1;
                var line = template.Split('\n')[finding.Span.Line - 1];
                samples.Add(finding + " | " + line.Substring(0, System.Math.Min(line.Length, 160)));
            }
        }

        File.WriteAllLines("/tmp/probe.txt", new[] { $"converted {converted} skipped {skipped}" }.Concat(counts.Select(p => p.Key + " " + p.Value)).Concat(samples));
    }
}
