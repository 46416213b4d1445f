using System.Diagnostics;

namespace FileSaga.IntegrationTests.Infrastructure;

/// <summary>
/// A folder that cannot be deleted, to make a file-system step fail for real: an immutable file when
/// running as root (chattr +i), a folder without write permission otherwise.
/// </summary>
public static class ImmutableFolder
{
    private static bool IsRoot => Environment.UserName == "root";

    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute;

    private const UnixFileMode ReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static void Lock(string folder)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "locked.txt");
        File.WriteAllText(file, "cannot be removed");
        if (IsRoot)
        {
            Run("chattr", "+i", file);
        }
        else
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, ReadOnly);
            }
        }
    }

    public static void Release(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        if (IsRoot)
        {
            Run("chattr", "-R", "-i", folder);
        }
        else
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, ReadWrite);
            }
        }
    }

    public static void ReleaseAll(string root)
    {
        if (Directory.Exists(root))
        {
            foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Where(d => File.Exists(Path.Combine(d, "locked.txt"))))
            {
                Release(folder);
            }
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {process.StandardError.ReadToEnd()}");
        }
    }
}
