using System.Text.RegularExpressions;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// Every verb and option of <c>draftkit</c>, as the process itself lists them in its help, is run as a process by a
/// test: a new verb or option that no test starts the real command with fails here.
/// </summary>
public sealed class ProcessCoverageTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public void Every_verb_and_option_the_help_lists_is_run_as_a_process_by_a_test()
    {
        var folder = RepositoryPaths.Root;
        var calls = ProcessCalls();
        Assert.NotEmpty(calls);

        var missing = new List<string>();
        foreach (var verb in Verbs(folder))
        {
            var help = DraftkitProcess.Run(folder, verb.Split(' ').Append("--help").ToArray());
            Assert.Equal(0, help.ExitCode);
            // A test file that starts the verb, and the options it passes, in the call or in the data of the test.
            var withVerb = calls.Where(call => call.Calls.Any(c => c.Contains(string.Join(", ", verb.Split(' ').Select(word => "\"" + word + "\"")), StringComparison.Ordinal)))
                .Select(call => call.Source).ToList();
            if (withVerb.Count == 0)
            {
                missing.Add(verb);
                continue;
            }

            foreach (var names in Options(help.StandardOutput))
            {
                if (!withVerb.Any(call => names.Any(name => call.Contains("\"" + name + "\"", StringComparison.Ordinal))))
                {
                    missing.Add(verb + " " + string.Join("/", names));
                }
            }
        }

        Assert.True(missing.Count == 0, "run by no process test (DraftkitProcess.Run):\n" + string.Join("\n", missing));
    }

    /// <summary>The verbs the root help lists, with the sub-verbs of a verb that has them ("catalog build").</summary>
    private static IEnumerable<string> Verbs(string folder)
    {
        foreach (var verb in Commands(DraftkitProcess.Run(folder, "--help").StandardOutput))
        {
            var sub = Commands(DraftkitProcess.Run(folder, verb, "--help").StandardOutput).ToList();
            if (sub.Count == 0)
            {
                yield return verb;
            }

            foreach (var name in sub)
            {
                yield return verb + " " + name;
            }
        }
    }

    private static IEnumerable<string> Commands(string help) =>
        Section(help, "Commands:").Select(line => Regex.Match(line, @"^\s+([a-z][a-z-]*)", RegexOptions.None, Timeout)).Where(m => m.Success).Select(m => m.Groups[1].Value);

    /// <summary>Each option's names ("-o", "--output"), help and version aside.</summary>
    private static IEnumerable<string[]> Options(string help) =>
        Section(help, "Options:")
            .Select(line => Regex.Matches(line.Split(new[] { "  " }, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty, @"(?<![\w-])--?[a-z?][a-z-]*", RegexOptions.None, Timeout).Select(m => m.Value).ToArray())
            .Where(names => names.Length > 0 && !names.Contains("--help") && !names.Contains("--version"));

    private static IEnumerable<string> Section(string help, string title) =>
        help.Split('\n').SkipWhile(line => line.Trim() != title).Skip(1).TakeWhile(line => line.Trim().Length > 0);

    /// <summary>
    /// Each test file that starts draftkit: its DraftkitProcess.Run calls (or, for a test that starts the process with
    /// streams of its own, the arguments it adds after draftkit.dll) and its whole source.
    /// </summary>
    private static List<(List<string> Calls, string Source)> ProcessCalls()
    {
        var tests = Path.Combine(RepositoryPaths.Root, "tests", "DraftingKit.Tests");
        return Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != nameof(ProcessCoverageTests) + ".cs")
            .Select(File.ReadAllText)
            .Select(source => (Calls: Regex.Matches(source, @"DraftkitProcess\.Run\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)", RegexOptions.None, TimeSpan.FromSeconds(10)).Select(m => m.Value)
                .Concat(source.Contains("\"draftkit.dll\"", StringComparison.Ordinal)
                    ? Regex.Matches(source, @"ArgumentList\.Add\(""[a-z][a-z-]*""\)", RegexOptions.None, Timeout).Select(m => m.Value)
                    : Enumerable.Empty<string>()).ToList(), Source: source))
            .Where(file => file.Calls.Count > 0)
            .ToList();
    }
}
