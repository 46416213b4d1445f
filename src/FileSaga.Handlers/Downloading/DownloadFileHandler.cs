using FileSaga.Handlers.Jobs;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Downloading;

public static class DownloadFileHandler
{
    public static Task<OutgoingMessages> Handle(DownloadFile command, IDocumentSession session, StepRunner runner, FileDownloader downloader, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) => await downloader.DownloadAsync(job, token), ct);
}
