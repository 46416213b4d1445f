using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Compensating;

/// <summary>Keeps the original for inspection: the backup is copied into the job's quarantine folder.</summary>
public static class RestoreBackupHandler
{
    public static Task<OutgoingMessages> Handle(RestoreBackup command, IDocumentSession session, CompensationRunner runner, JobPaths paths, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            var backup = paths.Backup(job.Id, job.FileName);
            if (File.Exists(backup))
            {
                await SafeFile.CopyAsync(backup, paths.Quarantine(job.Id, job.FileName), token);
            }
        }, ct);
}
