using System;
using System.Diagnostics;
using System.IO;

namespace DraftingKit.Tests.Support;

/// <summary>Runs the built <c>draftkit</c> command as a user would, capturing its output and exit code.</summary>
internal static class DraftkitProcess
{
    public static (int ExitCode, string StandardOutput, string StandardError) Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new System.Collections.Generic.Dictionary<string, string>(), arguments);

    /// <summary>Runs draftkit with extra environment variables (a time zone through <c>TZ</c>, a locale through <c>LANG</c>).</summary>
    public static (int ExitCode, string StandardOutput, string StandardError) Run(string workingDirectory, System.Collections.Generic.IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "draftkit.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("draftkit " + string.Join(" ", arguments) + " did not finish in 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
