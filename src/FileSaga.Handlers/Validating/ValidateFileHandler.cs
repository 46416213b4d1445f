using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Files;
using FileSaga.Handlers.Jobs;
using FileSaga.Handlers.Records;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Validating;

/// <summary>Checks extension, content and well-formedness; a bad file fails at once, with the reason.</summary>
public static class ValidateFileHandler
{
    public static Task<OutgoingMessages> Handle(ValidateFile command, IDocumentSession session, StepRunner runner, JobPaths paths, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            var inspection = await FileValidator.InspectAsync(paths.Full(job.Files.DownloadPath!), job.FileName, token);
            return new FileValidated(job.Id, inspection.Format.ToString().ToLowerInvariant(), inspection.Records, clock.GetUtcNow());
        }, ct);
}
