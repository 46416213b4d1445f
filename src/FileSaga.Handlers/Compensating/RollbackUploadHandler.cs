using System.Net;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Uploading;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Compensating;

/// <summary>
/// Undoes the upload on the upload service. Without an upload id (the answer was lost or the upload
/// failed) it rolls back by idempotency key. 404 means there is nothing to undo: done.
/// </summary>
public static class RollbackUploadHandler
{
    public static Task<OutgoingMessages> Handle(RollbackUpload command, IDocumentSession session, CompensationRunner runner, IUploadServiceApi uploads, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            using var response = job.Files.UploadId is { } uploadId
                ? await uploads.RollbackAsync(uploadId, token)
                : await uploads.RollbackByKeyAsync(UploadOutputHandler.IdempotencyKey(job.Id), token);
            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
            {
                throw new HttpRequestException($"rollback answered {(int?)response.StatusCode}", response.Error, response.StatusCode);
            }
        }, ct);
}
