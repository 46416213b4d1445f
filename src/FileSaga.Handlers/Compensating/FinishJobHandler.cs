using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using Marten;
using Microsoft.Extensions.Logging;

namespace FileSaga.Handlers.Compensating;

/// <summary>Ends a simple job that failed or was cancelled: its temporary files go first, then the final event.</summary>
public static class FinishJobHandler
{
    public static async Task Handle(FinishJob command, IDocumentSession session, JobPaths paths, TimeProvider clock, ILogger<FinishJob> logger, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<JobState>(command.JobId, ct);
        var job = stream.Aggregate;
        if (job is null || job.IsTerminal)
        {
            return;
        }

        var removed = SafeFile.DeleteFolder(paths.InputFolder(job.Id));
        logger.LogInformation("Job {JobId} ends {Status}: removed {Files} temporary files", job.Id, command.Status, removed);
        stream.AppendMany(JobDecider.FinishedWithoutCompensation(job, command.Status, command.Reason, clock.GetUtcNow()).Events);
    }
}
