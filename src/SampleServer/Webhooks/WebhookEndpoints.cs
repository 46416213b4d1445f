using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SampleServer.Hosting;

namespace SampleServer.Webhooks;

public static class WebhookEndpoints
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhook", ReceiveAsync);
        app.MapGet("/webhooks", async Task<Results<Ok<IReadOnlyList<WebhookEntry>>, ValidationProblem>> (int? limit, WebhookLog log, CancellationToken ct) =>
            limit is < 0
                ? Problems.Invalid("limit", "must be zero or more.")
                : TypedResults.Ok(await log.ReadNewestFirstAsync(limit, ct)));
        return app;
    }

    public static async Task<Results<Ok<WebhookReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        HttpContext http, WebhookLog log, ILogger<WebhookLog> logger, CancellationToken ct)
    {
        http.LimitRequestBody(MaxBodyBytes);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return Problems.Invalid("body", $"must be a JSON object: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge($"Webhook bodies may be at most {MaxBodyBytes} bytes.");
        }

        using (document)
        {
            var payload = document.RootElement;
            if (payload.ValueKind != JsonValueKind.Object)
            {
                return Problems.Invalid("body", $"must be a JSON object, not {payload.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var notificationId = NotificationIdOf(payload)
                ?? (http.Request.Headers[SampleHeaders.IdempotencyKey].ToString() is { Length: > 0 } key ? key : null)
                ?? Guid.CreateVersion7().ToString("N");
            var receipt = await log.RecordAsync(notificationId, payload, ct);
            logger.LogInformation("Webhook {NotificationId} received (duplicate: {Duplicate})", receipt.NotificationId, receipt.Duplicate);
            return TypedResults.Ok(receipt);
        }
    }

    private static string? NotificationIdOf(JsonElement payload) =>
        payload.TryGetProperty("notification_id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String when id.GetString() is { Length: > 0 } text => text,
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;
}
