using System.Text.Json.Serialization;
using Refit;

namespace FileSaga.Handlers.Notifying;

/// <summary>Where job notifications go (the sample server's <c>POST /webhook</c> stands in).</summary>
public interface IWebhookApi
{
    [Post("")]
    Task<IApiResponse> NotifyAsync([Body] JobNotification notification, [Header("Idempotency-Key")] string notificationId, CancellationToken ct);
}

/// <summary>The body of a notification; <see cref="NotificationId"/> lets the receiver drop a repeat.</summary>
public sealed record JobNotification(
    [property: JsonPropertyName("notification_id")] string NotificationId,
    [property: JsonPropertyName("job_id")] string JobId,
    [property: JsonPropertyName("file_name")] string FileName,
    [property: JsonPropertyName("upload_id")] string? UploadId,
    [property: JsonPropertyName("records_processed")] long RecordsProcessed,
    [property: JsonPropertyName("records_rejected")] long RecordsRejected,
    [property: JsonPropertyName("records_saved")] long RecordsSaved,
    [property: JsonPropertyName("status")] string Status);
