using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Jobs;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Verifying;

/// <summary>The result must hold records, as many as were processed, and the upload must be the size that was saved.</summary>
public static class VerifyResultHandler
{
    public static Task<OutgoingMessages> Handle(VerifyResult command, IDocumentSession session, StepRunner runner, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, (job, _) => Task.FromResult<object>(Verify(job, clock.GetUtcNow())), ct);

    public static ResultVerified Verify(JobState job, DateTimeOffset now)
    {
        var files = job.Files;
        if (files.Processed is not > 0)
        {
            throw new PermanentStepException("no record was processed");
        }

        if (files.Processed != files.RecordsSaved)
        {
            throw new PermanentStepException($"{files.Processed} records were processed but {files.RecordsSaved} were saved");
        }

        if (files.UploadedSize != files.OutputSize)
        {
            throw new PermanentStepException($"the upload holds {files.UploadedSize} bytes but the output has {files.OutputSize}");
        }

        return new ResultVerified(job.Id, files.RecordsSaved ?? 0, files.OutputSize ?? 0, now);
    }
}
