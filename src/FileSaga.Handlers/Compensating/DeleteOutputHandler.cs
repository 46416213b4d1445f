using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Compensating;

/// <summary>Undoes the save: the output and the processed intermediate file go.</summary>
public static class DeleteOutputHandler
{
    public static Task<OutgoingMessages> Handle(DeleteOutput command, IDocumentSession session, CompensationRunner runner, JobPaths paths, CancellationToken ct) =>
        runner.RunAsync(command, session, (job, _) =>
        {
            SafeFile.DeleteFiles(paths.Output(job.Id), paths.Rejected(job.Id), paths.Processed(job.Id));
            return Task.CompletedTask;
        }, ct);
}
