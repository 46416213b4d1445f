using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace SampleServer.Uploads;

public sealed record ReceivedFile(string ClientFileName, string? ContentType, long Size, string Sha256);

public sealed class UploadTooLargeException(long maxBytes)
    : Exception($"The file is larger than the limit of {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>Streams one multipart field to a file, hashing and counting as it goes; never holds the file in memory.</summary>
public static class MultipartFileReceiver
{
    private const int BufferSize = 81920;

    public static bool TryGetBoundary(HttpRequest request, out string boundary)
    {
        boundary = "";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value ?? "";
        return boundary.Length > 0;
    }

    /// <summary>Writes the field <paramref name="field"/> to <paramref name="targetPath"/>; null when the form has no such field.</summary>
    public static async Task<ReceivedFile?> ReceiveAsync(
        Stream body, string boundary, string field, string targetPath, long maxBytes, CancellationToken ct)
    {
        // Sections other than the file are drained by the reader; the file itself is bounded by maxBytes below.
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
        while (await NextSectionAsync(reader, ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, field, StringComparison.Ordinal))
            {
                continue;
            }

            var clientName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
                ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            var (size, sha256) = await CopyAsync(section.Body, targetPath, maxBytes, ct);
            return new ReceivedFile(FileNames.Sanitise(clientName), section.ContentType, size, sha256);
        }

        return null;
    }

    // An IOException while reading means the body is not the multipart it claims to be (a client error), not a disk error.
    private static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.ReadNextSectionAsync(ct);
        }
        catch (IOException e) when (!ct.IsCancellationRequested)
        {
            throw Malformed(e);
        }
    }

    private static async ValueTask<int> ReadChunkAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        try
        {
            return await source.ReadAsync(buffer.AsMemory(0, BufferSize), ct);
        }
        catch (IOException e) when (!ct.IsCancellationRequested)
        {
            throw Malformed(e);
        }
    }

    private static InvalidDataException Malformed(IOException e) =>
        new($"The multipart body ended early or is malformed: {e.Message.Trim()}", e);

    private static async Task<(long Size, string Sha256)> CopyAsync(Stream source, string targetPath, long maxBytes, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var target = new FileStream(targetPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            long size = 0;
            int read;
            while ((read = await ReadChunkAsync(source, buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new UploadTooLargeException(maxBytes);
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            await target.FlushAsync(ct);
            return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
