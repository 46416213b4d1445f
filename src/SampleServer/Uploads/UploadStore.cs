using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SampleServer.Hosting;

namespace SampleServer.Uploads;

/// <summary>
/// Stored uploads and their index. Each upload is <c>{id}.bin</c> plus <c>{id}.json</c>; the metadata file,
/// written last with write-then-rename, is the commit point, and the index is rebuilt from it at start-up.
/// </summary>
public sealed class UploadStore : IDisposable
{
    private readonly string _directory;
    private readonly ILogger<UploadStore> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, UploadRecord> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _idByKey = new(StringComparer.Ordinal);

    public UploadStore(IOptions<SampleServerOptions> options, ILogger<UploadStore> logger)
    {
        _directory = options.Value.UploadsDirectory;
        _logger = logger;
        Directory.CreateDirectory(_directory);
        Load();
    }

    public void Dispose() => _gate.Dispose();

    public string TempPathFor(string uploadId) => Path.Combine(_directory, $"{uploadId}.bin.tmp");

    public UploadRecord? Find(string uploadId) => _byId.GetValueOrDefault(uploadId);

    public UploadRecord? FindByKey(string idempotencyKey) =>
        _idByKey.TryGetValue(idempotencyKey, out var id) ? Find(id) : null;

    public IReadOnlyList<UploadRecord> ListNewestFirst() =>
        _byId.Values.OrderByDescending(r => r.UploadedAt).ThenByDescending(r => r.UploadId, StringComparer.Ordinal).ToArray();

    /// <summary>Moves the received temp file into place and indexes it, unless the key is already taken: then the earlier upload wins.</summary>
    public async Task<(UploadRecord Record, bool Duplicate)> CommitAsync(UploadRecord candidate, string tempPath, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (candidate.IdempotencyKey is { } key && FindByKey(key) is { } earlier)
            {
                File.Delete(tempPath);
                return (earlier, true);
            }

            // Past this point the commit must finish even if the client leaves.
            File.Move(tempPath, BinPath(candidate.UploadId));
            try
            {
                await WriteMetadataAsync(candidate);
            }
            catch
            {
                File.Delete(BinPath(candidate.UploadId));
                throw;
            }

            _byId[candidate.UploadId] = candidate;
            if (candidate.IdempotencyKey is { } newKey)
            {
                _idByKey[newKey] = candidate.UploadId;
            }

            return (candidate, false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<UploadRecord?> RollbackAsync(string uploadId, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!_byId.TryGetValue(uploadId, out var record))
            {
                return null;
            }

            // Metadata first: a crash in between leaves an orphan .bin, which start-up removes.
            File.Delete(MetadataPath(uploadId));
            File.Delete(BinPath(uploadId));
            _byId.TryRemove(uploadId, out _);
            if (record.IdempotencyKey is { } key)
            {
                _idByKey.TryRemove(key, out _);
            }

            return record;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<UploadRecord?> RollbackByKeyAsync(string idempotencyKey, CancellationToken ct) =>
        _idByKey.TryGetValue(idempotencyKey, out var id) ? RollbackAsync(id, ct) : Task.FromResult<UploadRecord?>(null);

    private string BinPath(string uploadId) => Path.Combine(_directory, $"{uploadId}.bin");

    private string MetadataPath(string uploadId) => Path.Combine(_directory, $"{uploadId}.json");

    private async Task WriteMetadataAsync(UploadRecord record)
    {
        var path = MetadataPath(record.UploadId);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, JsonSerializer.SerializeToUtf8Bytes(record, SampleJson.Options), CancellationToken.None);
        File.Move(temp, path, overwrite: true);
    }

    private void Load()
    {
        foreach (var leftover in Directory.EnumerateFiles(_directory, "*.tmp"))
        {
            File.Delete(leftover);
        }

        foreach (var metadata in Directory.EnumerateFiles(_directory, "*.json"))
        {
            var record = TryRead(metadata);
            if (record is not null && File.Exists(BinPath(record.UploadId)))
            {
                _byId[record.UploadId] = record;
                if (record.IdempotencyKey is { } key)
                {
                    _idByKey[key] = record.UploadId;
                }
            }
            else if (record is not null)
            {
                _logger.LogWarning("Skipping upload {UploadId}: its stored file is missing", record.UploadId);
            }
        }

        foreach (var bin in Directory.EnumerateFiles(_directory, "*.bin"))
        {
            if (!_byId.ContainsKey(Path.GetFileNameWithoutExtension(bin)))
            {
                _logger.LogWarning("Removing {StoredFile}: stored without metadata, an upload interrupted before its commit", bin);
                File.Delete(bin);
            }
        }

        _logger.LogInformation("Upload index loaded: {UploadCount} uploads in {UploadsDirectory}", _byId.Count, _directory);
    }

    private UploadRecord? TryRead(string metadataPath)
    {
        try
        {
            return JsonSerializer.Deserialize<UploadRecord>(File.ReadAllBytes(metadataPath), SampleJson.Options);
        }
        catch (JsonException e)
        {
            _logger.LogWarning(e, "Skipping unreadable upload metadata {MetadataFile}", metadataPath);
            return null;
        }
    }
}
