using System.IO;
using System.Reflection;

namespace DraftingKit.Security;

/// <summary>
/// The path a file is really read from: absolute, <c>..</c> folded, every symbolic link on the way followed, so
/// that confinement is judged on where the bytes live, not on how the path is spelled.
/// </summary>
/// <remarks>
/// The engine targets netstandard2.0, which has no API for link targets; on .NET 6 and later (the CLI and the
/// tests) <c>FileSystemInfo.ResolveLinkTarget</c> is found at run time. Where it is missing (the .NET Framework
/// compiler host, which reads only the files the compilation hands it) paths are judged as written.
/// </remarks>
internal static class RealPath
{
    // As POSIX's SYMLOOP_MAX: a loop of links ends here instead of spinning.
    private const int MaximumLinks = 40;

    private static readonly MethodInfo? ResolveLinkTarget = typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });

    /// <summary>The real path of <paramref name="path"/>, or null when its links loop or cannot be followed.</summary>
    public static string? Of(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return null;
        }

        if (ResolveLinkTarget is null)
        {
            return full;
        }

        for (var links = 0; links <= MaximumLinks; links++)
        {
            string? next;
            try
            {
                next = FollowFirstLink(full);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or TargetInvocationException or System.Security.SecurityException)
            {
                return null;
            }

            if (next is null)
            {
                return full;
            }

            full = next;
        }

        return null;
    }

    /// <summary>The path with its first symbolic link (from the root down) replaced by the link's target, or null when it has none.</summary>
    private static string? FollowFirstLink(string full)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var parts = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        var prefix = root;
        for (var i = 0; i < parts.Length; i++)
        {
            prefix = Path.Combine(prefix, parts[i]);
            var info = new FileInfo(prefix);
            var attributes = info.Attributes;
            if ((int)attributes == -1)
            {
                // Nothing of that name: nothing below it can be a link either.
                return null;
            }

            if ((attributes & FileAttributes.ReparsePoint) == 0)
            {
                continue;
            }

            var target = (FileSystemInfo?)ResolveLinkTarget!.Invoke(info, new object[] { false });
            if (target is null)
            {
                continue;
            }

            var rest = string.Join(Path.DirectorySeparatorChar.ToString(), parts, i + 1, parts.Length - i - 1);
            var targetPath = Path.IsPathRooted(target.FullName) ? target.FullName : Path.Combine(Path.GetDirectoryName(prefix) ?? root, target.FullName);
            return Path.GetFullPath(rest.Length == 0 ? targetPath : Path.Combine(targetPath, rest));
        }

        return null;
    }
}
