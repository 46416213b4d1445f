using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Compensating;

/// <summary>Undoes the download: the input folder, with any intermediate file in it, goes.</summary>
public static class DeleteDownloadHandler
{
    public static Task<OutgoingMessages> Handle(DeleteDownload command, IDocumentSession session, CompensationRunner runner, JobPaths paths, CancellationToken ct) =>
        runner.RunAsync(command, session, (job, _) =>
        {
            SafeFile.DeleteFolder(paths.InputFolder(job.Id));
            return Task.CompletedTask;
        }, ct);
}
