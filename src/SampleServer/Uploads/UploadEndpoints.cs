using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SampleServer.Hosting;

namespace SampleServer.Uploads;

public static class UploadEndpoints
{
    private const string FileField = "file";

    public static IEndpointRouteBuilder MapUploads(this IEndpointRouteBuilder app)
    {
        app.MapPost("/upload", UploadAsync).DisableAntiforgery();
        app.MapGet("/uploads", (UploadStore store) => TypedResults.Ok(store.ListNewestFirst().Select(UploadView.From)));
        app.MapGet("/uploads/{uploadId}", Results<Ok<UploadView>, ProblemHttpResult> (string uploadId, UploadStore store) =>
            store.Find(uploadId) is { } record
                ? TypedResults.Ok(UploadView.From(record))
                : Problems.NotFound($"No upload with id '{uploadId}'."));
        return app;
    }

    public static async Task<Results<Created<UploadReceipt>, Ok<UploadReceipt>, ProblemHttpResult, ValidationProblem>> UploadAsync(
        HttpContext http, UploadStore store, IOptions<SampleServerOptions> options, TimeProvider clock, ILogger<UploadStore> logger, CancellationToken ct)
    {
        var key = http.Request.Headers[SampleHeaders.IdempotencyKey].ToString() is { Length: > 0 } header ? header : null;
        if (key is not null && store.FindByKey(key) is { } earlier)
        {
            await DrainAsync(http.Request, ct);
            return Replay(http, earlier, logger);
        }

        if (!MultipartFileReceiver.TryGetBoundary(http.Request, out var boundary))
        {
            return Problems.Invalid(FileField, "send the file as multipart/form-data in a field named 'file'.");
        }

        var maxBytes = options.Value.MaxUploadBytes;
        if (http.Request.ContentLength > maxBytes + HostingExtensions.MultipartOverheadBytes)
        {
            return Problems.TooLarge($"The request is {http.Request.ContentLength} bytes; files may be at most {maxBytes} bytes.");
        }

        var uploadId = Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
        var tempPath = store.TempPathFor(uploadId);
        try
        {
            var received = await MultipartFileReceiver.ReceiveAsync(http.Request.Body, boundary, FileField, tempPath, maxBytes, ct);
            if (received is null)
            {
                return Problems.Invalid(FileField, "the multipart form has no field named 'file'.");
            }

            var candidate = new UploadRecord(uploadId, key, received.ClientFileName, received.ContentType, received.Size,
                received.Sha256, clock.GetUtcNow(), $"{uploadId}.bin");
            var (record, duplicate) = await store.CommitAsync(candidate, tempPath, ct);
            if (duplicate)
            {
                return Replay(http, record, logger);
            }

            logger.LogInformation("Stored upload {UploadId} ({Filename}, {FileSize} bytes, key {IdempotencyKey})",
                record.UploadId, record.Filename, record.FileSize, record.IdempotencyKey);
            return TypedResults.Created($"/uploads/{record.UploadId}", UploadReceipt.From(record, duplicate: false));
        }
        catch (UploadTooLargeException e)
        {
            return Problems.TooLarge($"The file is larger than the limit of {e.MaxBytes} bytes; nothing was stored.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge($"The request body exceeds the limit ({e.Message}); nothing was stored.");
        }
        catch (BadHttpRequestException e)
        {
            return TypedResults.Problem($"The request body could not be read ({e.Message}); nothing was stored.", statusCode: e.StatusCode, title: "Bad request");
        }
        catch (InvalidDataException e)
        {
            return Problems.Invalid(FileField, $"the multipart body could not be read: {e.Message}");
        }
        finally
        {
            // Present only when the upload did not commit (too large, malformed, client gone, duplicate already handled).
            File.Delete(tempPath);
        }
    }

    /// <summary>Reads the unused body: a client still sending it would otherwise see a reset instead of the answer.</summary>
    private static async Task DrainAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            await request.Body.CopyToAsync(Stream.Null, ct);
        }
        catch (BadHttpRequestException)
        {
            // Over the server's body limit: the answer stands and Kestrel closes the connection after it.
        }
    }

    private static Ok<UploadReceipt> Replay(HttpContext http, UploadRecord record, ILogger logger)
    {
        logger.LogInformation("Replaying upload {UploadId} for key {IdempotencyKey}", record.UploadId, record.IdempotencyKey);
        http.Response.Headers[SampleHeaders.IdempotentReplayed] = "true";
        return TypedResults.Ok(UploadReceipt.From(record, duplicate: true));
    }
}
