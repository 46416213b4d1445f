using Microsoft.AspNetCore.Http.HttpResults;
using SampleServer.Hosting;

namespace SampleServer.Uploads;

/// <summary>Undoes an upload. 404 means there is nothing (left) to undo; callers count it as done.</summary>
public static class RollbackEndpoints
{
    public static IEndpointRouteBuilder MapRollback(this IEndpointRouteBuilder app)
    {
        app.MapDelete("/rollback/{uploadId}", RollbackByIdAsync);
        app.MapDelete("/rollback", RollbackByKeyAsync);
        return app;
    }

    public static async Task<Results<Ok<RollbackReceipt>, ProblemHttpResult>> RollbackByIdAsync(
        string uploadId, UploadStore store, TimeProvider clock, ILogger<UploadStore> logger, CancellationToken ct) =>
        await store.RollbackAsync(uploadId, ct) is { } record
            ? RolledBack(record, clock, logger)
            : Problems.NotFound($"No upload with id '{uploadId}' (never stored, or already rolled back).");

    public static async Task<Results<Ok<RollbackReceipt>, ProblemHttpResult, ValidationProblem>> RollbackByKeyAsync(
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "idempotency_key")] string? idempotencyKey,
        UploadStore store, TimeProvider clock, ILogger<UploadStore> logger, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(idempotencyKey))
        {
            return Problems.Invalid("idempotency_key", "give the upload id in the path (/rollback/{upload_id}) or the key as ?idempotency_key=.");
        }

        return await store.RollbackByKeyAsync(idempotencyKey, ct) is { } record
            ? RolledBack(record, clock, logger)
            : Problems.NotFound($"No upload stored under Idempotency-Key '{idempotencyKey}' (never stored, or already rolled back).");
    }

    private static Ok<RollbackReceipt> RolledBack(UploadRecord record, TimeProvider clock, ILogger logger)
    {
        logger.LogInformation("Rolled back upload {UploadId} (key {IdempotencyKey})", record.UploadId, record.IdempotencyKey);
        return TypedResults.Ok(new RollbackReceipt(record.UploadId, "rolled_back", clock.GetUtcNow()));
    }
}
