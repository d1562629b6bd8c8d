using System.Diagnostics;

namespace DraftingKit.Tests.Support;

/// <summary>Runs the built <c>draftkit</c> command as a user would, capturing its output and exit code.</summary>
internal static class DraftkitProcess
{
    public static (int ExitCode, string StandardOutput, string StandardError) Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs draftkit with extra environment variables (a time zone through <c>TZ</c>, a locale through <c>LANG</c>).</summary>
    public static (int ExitCode, string StandardOutput, string StandardError) Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunExecutable("dotnet", [Path.Combine(AppContext.BaseDirectory, "draftkit.dll"), .. arguments], workingDirectory, environment);

    /// <summary>Runs an executable (the portable command through <c>dotnet</c>, or the native one) and waits at most 60 s for it.</summary>
    public static (int ExitCode, string StandardOutput, string StandardError) RunExecutable(string executable, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

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
            throw new TimeoutException(Path.GetFileName(executable) + " " + string.Join(" ", arguments) + " did not finish in 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
