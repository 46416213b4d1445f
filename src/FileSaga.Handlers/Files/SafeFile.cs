using System.Security.Cryptography;

namespace FileSaga.Handlers.Files;

/// <summary>File moves that are safe to repeat: write to a temporary name, then rename over the target.</summary>
public static class SafeFile
{
    public const int BufferSize = 1 << 16;

    public static FileStream CreateTemp(string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return new FileStream(target + ".part", FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
    }

    public static void CommitTemp(string target) => File.Move(target + ".part", target, overwrite: true);

    public static void DiscardTemp(string target) => File.Delete(target + ".part");

    public static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> via a temporary file; returns the SHA-256 of what was copied.</summary>
    public static async Task<string> CopyAsync(string source, string target, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var input = OpenRead(source))
        await using (var output = CreateTemp(target))
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await input.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        CommitTemp(target);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var input = OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(input, ct));
    }

    /// <summary>Deletes a folder and everything in it; returns how many files were removed. Missing is fine.</summary>
    public static int DeleteFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var count = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
        Directory.Delete(folder, recursive: true);
        return count;
    }

    public static int DeleteFiles(params string[] paths)
    {
        var count = 0;
        foreach (var path in paths.SelectMany(p => new[] { p, p + ".part" }))
        {
            if (File.Exists(path))
            {
                File.Delete(path);
                count++;
            }
        }

        return count;
    }
}
