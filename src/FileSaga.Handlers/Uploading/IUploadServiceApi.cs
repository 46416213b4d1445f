using System.Text.Json.Serialization;
using Refit;

namespace FileSaga.Handlers.Uploading;

/// <summary>The external upload service (the sample server stands in for it).</summary>
public interface IUploadServiceApi
{
    [Multipart]
    [Post("/upload")]
    Task<UploadReceipt> UploadAsync([AliasAs("file")] StreamPart file, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken ct);

    [Delete("/rollback/{uploadId}")]
    Task<IApiResponse> RollbackAsync(string uploadId, CancellationToken ct);

    /// <summary>Rolls back whatever was stored under a key, for an upload whose answer was lost.</summary>
    [Delete("/rollback")]
    Task<IApiResponse> RollbackByKeyAsync([AliasAs("idempotency_key")] string idempotencyKey, CancellationToken ct);
}

public sealed record UploadReceipt(
    [property: JsonPropertyName("upload_id")] string UploadId,
    [property: JsonPropertyName("filename")] string FileName,
    [property: JsonPropertyName("file_size")] long FileSize,
    [property: JsonPropertyName("uploaded_at")] DateTimeOffset UploadedAt,
    [property: JsonPropertyName("status")] string Status);
