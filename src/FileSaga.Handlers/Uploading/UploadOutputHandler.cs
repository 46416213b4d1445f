using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using Marten;
using Refit;
using Wolverine;

namespace FileSaga.Handlers.Uploading;

/// <summary>Streams the output to the upload service; the idempotency key makes a repeated attempt store nothing twice.</summary>
public static class UploadOutputHandler
{
    public static string IdempotencyKey(string jobId) => $"{jobId}:upload";

    public static Task<OutgoingMessages> Handle(UploadOutput command, IDocumentSession session, StepRunner runner, JobPaths paths, IUploadServiceApi uploads, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            await using var file = SafeFile.OpenRead(paths.Full(job.Files.OutputPath!));
            var receipt = await uploads.UploadAsync(new StreamPart(file, $"{job.Id}.json", "application/json"), IdempotencyKey(job.Id), token);
            return new OutputUploaded(job.Id, receipt.UploadId, receipt.FileSize, clock.GetUtcNow());
        }, ct);
}
