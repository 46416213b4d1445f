using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Records;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Saving;

/// <summary>Writes the processed records as the job's JSON output.</summary>
public static class SaveOutputHandler
{
    public static Task<OutgoingMessages> Handle(SaveOutput command, IDocumentSession session, StepRunner runner, JobPaths paths, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            var target = paths.Output(job.Id);
            var result = await OutputWriter.SaveAsync(paths.Full(job.Files.ProcessedPath!), target, token);
            return new OutputSaved(job.Id, paths.Relative(target), result.Records, result.Bytes, result.Sha256, clock.GetUtcNow());
        }, ct);
}
