using System.Net.Http.Headers;
using System.Security.Cryptography;
using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using Microsoft.Extensions.Options;

namespace FileSaga.Handlers.Downloading;

/// <summary>
/// Streams a job's source to disk, hashing as it goes, so memory does not grow with the file.
/// The file appears under its final name only once complete.
/// </summary>
public sealed class FileDownloader(IHttpClientFactory httpClients, JobPaths paths, IOptions<FileSagaOptions> options, TimeProvider clock)
{
    public const string HttpClientName = "downloads";

    public async Task<FileDownloaded> DownloadAsync(JobState job, CancellationToken ct)
    {
        var settings = options.Value;
        var target = paths.Download(job.Id, job.FileName);
        var http = httpClients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, job.SourceUrl);
        using var response = await WithinIdleTimeout(token => http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token), settings.DownloadIdleTimeout, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {job.SourceUrl} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        CheckDeclaredSize(response.Content.Headers, settings.MaxFileBytes);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            await using (var body = await response.Content.ReadAsStreamAsync(ct))
            await using (var file = SafeFile.CreateTemp(target))
            {
                var buffer = new byte[SafeFile.BufferSize];
                int read;
                while ((read = await ReadWithIdleTimeout(body, buffer, settings.DownloadIdleTimeout, ct)) > 0)
                {
                    size += read;
                    if (size > settings.MaxFileBytes)
                    {
                        throw new PermanentStepException($"file is larger than the {settings.MaxFileBytes} byte limit");
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            SafeFile.CommitTemp(target);
        }
        catch
        {
            SafeFile.DiscardTemp(target);
            throw;
        }

        return new FileDownloaded(job.Id, paths.Relative(target), size, Convert.ToHexStringLower(hash.GetHashAndReset()), clock.GetUtcNow());
    }

    private static void CheckDeclaredSize(HttpContentHeaders headers, long maxBytes)
    {
        if (headers.ContentLength > maxBytes)
        {
            throw new PermanentStepException($"file is {headers.ContentLength} bytes, over the {maxBytes} byte limit");
        }
    }

    private static Task<int> ReadWithIdleTimeout(Stream body, byte[] buffer, TimeSpan idle, CancellationToken ct) =>
        WithinIdleTimeout(token => body.ReadAsync(buffer, token).AsTask(), idle, ct);

    // A stalled server must not hold a step for its whole timeout: the answer and each read get their own deadline.
    private static Task<T> WithinIdleTimeout<T>(Func<CancellationToken, Task<T>> wait, TimeSpan idle, CancellationToken ct) =>
        Deadline.Within(idle, wait, $"no data received from the source for {idle}", ct);
}
