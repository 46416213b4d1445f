namespace SampleServer.Uploads;

/// <summary>One stored upload as kept in the index (<c>uploads/{upload_id}.json</c>).</summary>
public sealed record UploadRecord(
    string UploadId,
    string? IdempotencyKey,
    string Filename,
    string? ContentType,
    long FileSize,
    string Sha256,
    DateTimeOffset UploadedAt,
    string StoredName);

/// <summary>The answer to <c>POST /upload</c>; a replay under the same Idempotency-Key has <c>duplicate: true</c>.</summary>
public sealed record UploadReceipt(
    string UploadId,
    string Filename,
    long FileSize,
    DateTimeOffset UploadedAt,
    string Status,
    string Sha256,
    string? IdempotencyKey,
    bool Duplicate)
{
    public static UploadReceipt From(UploadRecord r, bool duplicate) =>
        new(r.UploadId, r.Filename, r.FileSize, r.UploadedAt, "uploaded", r.Sha256, r.IdempotencyKey, duplicate);
}

public sealed record UploadView(
    string UploadId,
    string Filename,
    string? ContentType,
    long FileSize,
    DateTimeOffset UploadedAt,
    string Status,
    string Sha256,
    string? IdempotencyKey)
{
    public static UploadView From(UploadRecord r) =>
        new(r.UploadId, r.Filename, r.ContentType, r.FileSize, r.UploadedAt, "uploaded", r.Sha256, r.IdempotencyKey);
}

public sealed record RollbackReceipt(string UploadId, string Status, DateTimeOffset RolledBackAt);
