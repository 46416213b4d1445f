using System.Text.Json;
using Microsoft.Extensions.Options;
using SampleServer.Hosting;

namespace SampleServer.Webhooks;

/// <summary>One line of <c>logs/webhook_YYYYMMDD.log</c>.</summary>
public sealed record WebhookEntry(DateTimeOffset ReceivedAt, string NotificationId, JsonElement Payload);

public sealed record WebhookReceipt(string Status, string NotificationId, DateTimeOffset ReceivedAt, bool Duplicate);

/// <summary>
/// Append-only daily logs of received webhooks. Notification ids already seen are acknowledged without a second
/// line; the set of seen ids is rebuilt from the logs at start-up, so de-duplication survives a restart.
/// </summary>
public sealed class WebhookLog : IDisposable
{
    private const string FilePattern = "webhook_*.log";
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly string _directory;
    private readonly TimeProvider _clock;
    private readonly ILogger<WebhookLog> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public WebhookLog(IOptions<SampleServerOptions> options, TimeProvider clock, ILogger<WebhookLog> logger)
    {
        _directory = options.Value.LogsDirectory;
        _clock = clock;
        _logger = logger;
        Directory.CreateDirectory(_directory);
        EndTornLines();
        foreach (var entry in ReadAll())
        {
            _seen.TryAdd(entry.NotificationId, entry.ReceivedAt);
        }

        _logger.LogInformation("Webhook log loaded: {NotificationCount} notifications in {LogsDirectory}", _seen.Count, _directory);
    }

    public void Dispose() => _gate.Dispose();

    public async Task<WebhookReceipt> RecordAsync(string notificationId, JsonElement payload, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_seen.TryGetValue(notificationId, out var firstReceivedAt))
            {
                return new WebhookReceipt("received", notificationId, firstReceivedAt, Duplicate: true);
            }

            var receivedAt = _clock.GetUtcNow();
            var line = JsonSerializer.SerializeToUtf8Bytes(new WebhookEntry(receivedAt, notificationId, payload), SampleJson.Options);
            var path = Path.Combine(_directory, $"webhook_{receivedAt.UtcDateTime:yyyyMMdd}.log");
            await using (var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous))
            {
                // One write per line, so a reader never sees half an entry followed by another.
                await file.WriteAsync((byte[])[.. line, .. NewLine], CancellationToken.None);
            }

            _seen[notificationId] = receivedAt;
            return new WebhookReceipt("received", notificationId, receivedAt, Duplicate: false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<WebhookEntry>> ReadNewestFirstAsync(int? limit, CancellationToken ct)
    {
        var entries = new List<WebhookEntry>();
        foreach (var path in Directory.EnumerateFiles(_directory, FilePattern).Order(StringComparer.Ordinal))
        {
            using var reader = OpenShared(path);
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (TryParse(line, path) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }

        entries.Reverse();
        return limit is { } max ? entries.Take(max).ToArray() : entries;
    }

    private IEnumerable<WebhookEntry> ReadAll()
    {
        foreach (var path in Directory.EnumerateFiles(_directory, FilePattern).Order(StringComparer.Ordinal))
        {
            using var reader = OpenShared(path);
            while (reader.ReadLine() is { } line)
            {
                if (TryParse(line, path) is { } entry)
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>A line cut short by a crash gets its newline, so the next entry does not run into it.</summary>
    private void EndTornLines()
    {
        foreach (var path in Directory.EnumerateFiles(_directory, FilePattern))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            if (file.Length == 0)
            {
                continue;
            }

            file.Seek(-1, SeekOrigin.End);
            if (file.ReadByte() != '\n')
            {
                file.Write(NewLine);
                _logger.LogWarning("Ended a torn last line in {WebhookLogFile}", path);
            }
        }
    }

    private static StreamReader OpenShared(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous));

    private WebhookEntry? TryParse(string line, string path)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<WebhookEntry>(line, SampleJson.Options);
        }
        catch (JsonException e)
        {
            // A line cut short by a crash: skip it rather than refuse to start.
            _logger.LogWarning(e, "Skipping an unreadable line in {WebhookLogFile}", path);
            return null;
        }
    }
}
