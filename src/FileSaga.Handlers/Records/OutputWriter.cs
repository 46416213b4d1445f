using System.Security.Cryptography;
using System.Text.Json;

namespace FileSaga.Handlers.Records;

public static class OutputWriter
{
    private static readonly ReadOnlyMemory<byte> Open = "[\n"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> Separator = ",\n"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> CloseAfterElements = "\n]\n"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> CloseEmpty = "]\n"u8.ToArray();

    /// <summary>Writes the processed records as a JSON array, one element per line; the hash is of the written file.</summary>
    public static async Task<SaveResult> SaveAsync(string processedPath, string outputPath, CancellationToken ct)
    {
        await using var file = AtomicFileWriter.Create(outputPath);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var output = new JsonRecordWriter(file.Stream, sha256);
        using var input = InputFiles.OpenText(processedPath);
        long records = 0;
        await output.WriteRawAsync(Open, ct);
        while (await input.ReadLineAsync(ct) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (records > 0)
            {
                await output.WriteRawAsync(Separator, ct);
            }

            // Re-serialising checks every line, so a damaged processed file cannot produce an invalid array.
            JsonElement.Parse(line).WriteTo(output.Begin());
            await output.CommitAsync(ct);
            records++;
        }

        await output.WriteRawAsync(records > 0 ? CloseAfterElements : CloseEmpty, ct);
        var bytes = await file.CommitAsync(ct);
        return new SaveResult(records, bytes, Convert.ToHexStringLower(sha256.GetHashAndReset()));
    }
}
