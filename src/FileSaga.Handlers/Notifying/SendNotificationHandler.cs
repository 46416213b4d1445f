using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Jobs;
using Marten;
using Wolverine;

namespace FileSaga.Handlers.Notifying;

public static class SendNotificationHandler
{
    public static Task<OutgoingMessages> Handle(SendNotification command, IDocumentSession session, StepRunner runner, IWebhookApi webhook, TimeProvider clock, CancellationToken ct) =>
        runner.RunAsync(command, session, async (job, token) =>
        {
            var notificationId = $"{job.Id}:notify";
            var files = job.Files;
            var notification = new JobNotification(notificationId, job.Id, job.FileName, files.UploadId, files.Processed ?? 0, files.Rejected ?? 0, files.RecordsSaved ?? 0, "completed");
            using var response = await webhook.NotifyAsync(notification, notificationId, token);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"webhook answered {(int?)response.StatusCode}", response.Error, response.StatusCode);
            }

            return new NotificationSent(job.Id, notificationId, clock.GetUtcNow());
        }, ct);
}
