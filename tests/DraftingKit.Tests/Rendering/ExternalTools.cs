using System.Diagnostics;

namespace DraftingKit.Tests.Rendering;

/// <summary>Finds and runs command-line tools (LibreOffice, Poppler) that the machine may or may not have.</summary>
internal static class ExternalTools
{
    /// <summary>The full path of the first of <paramref name="names"/> found on PATH, or null.</summary>
    public static string? Find(params string[] names)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in names)
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var candidate in new[] { Path.Combine(folder, name), Path.Combine(folder, name + ".exe") })
                {
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Runs a tool and returns its exit code and standard output; fails the test when it outlives <paramref name="timeout"/>.</summary>
    public static (int ExitCode, string Output, string Error) Run(string tool, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + tool);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {timeout.TotalSeconds} s.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
