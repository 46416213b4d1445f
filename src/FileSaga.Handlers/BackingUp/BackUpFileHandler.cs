using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.BackingUp;

/// <summary>Copies the original aside and proves the copy by its hash.</summary>
public static class BackUpFileHandler
{
    public static Task<OutgoingMessages> Handle(BackUpFile command, IDocumentSession session, StepRunner runner, JobPaths paths, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            var target = paths.Backup(job.Id, job.FileName);
            var sha256 = await SafeFile.CopyAsync(paths.Full(job.Files.DownloadPath!), target, token);
            if (sha256 != job.Files.Sha256)
            {
                SafeFile.DeleteFiles(target);
                throw new IOException($"backup hash {sha256} differs from the downloaded file's {job.Files.Sha256}");
            }

            return new FileBackedUp(job.Id, paths.Relative(target), sha256, clock.GetUtcNow());
        }, ct);
}
