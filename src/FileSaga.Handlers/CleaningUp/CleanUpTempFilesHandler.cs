using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.CleaningUp;

/// <summary>Removes the download and the intermediate files; the output, rejects and backup stay.</summary>
public static class CleanUpTempFilesHandler
{
    public static Task<OutgoingMessages> Handle(CleanUpTempFiles command, IDocumentSession session, StepRunner runner, JobPaths paths, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, (job, _) =>
        {
            var removed = SafeFile.DeleteFolder(paths.InputFolder(job.Id));
            return Task.FromResult<object>(new TempFilesCleaned(job.Id, removed, clock.GetUtcNow()));
        }, ct);
}
