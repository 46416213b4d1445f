using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Records;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Parsing;

/// <summary>Turns the source into a normalised intermediate file: one JSON record per line.</summary>
public static class ParseRecordsHandler
{
    public static Task<OutgoingMessages> Handle(ParseRecords command, IDocumentSession session, StepRunner runner, JobPaths paths, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            if (!FileFormats.TryFromFileName(job.FileName, out var format))
            {
                throw new PermanentStepException($"unsupported file type: {job.FileName}");
            }

            var target = paths.Parsed(job.Id);
            var result = await RecordParser.ParseAsync(paths.Full(job.Files.DownloadPath!), format, target, token);
            return new RecordsParsed(job.Id, paths.Relative(target), result.Records, result.InvalidRecords, clock.GetUtcNow());
        }, ct);
}
