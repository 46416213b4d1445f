using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Records;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Processing;

/// <summary>Stamps each valid record as processed; rejected records are counted and kept beside the output.</summary>
public static class ProcessRecordsHandler
{
    public static Task<OutgoingMessages> Handle(ProcessRecords command, IDocumentSession session, StepRunner runner, JobPaths paths, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            var processed = paths.Processed(job.Id);
            var rejected = paths.Rejected(job.Id);
            var now = clock.GetUtcNow();
            var result = await RecordProcessor.ProcessAsync(paths.Full(job.Files.ParsedPath!), processed, rejected, now, token);
            return new RecordsProcessed(job.Id, paths.Relative(processed), result.Processed, result.Rejected, paths.Relative(rejected), now);
        }, ct);
}
