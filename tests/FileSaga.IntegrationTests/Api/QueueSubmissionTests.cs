using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Submitting;
using FileSaga.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace FileSaga.IntegrationTests.Api;

/// <summary>Submission through the durable PostgreSQL queue, as another service would do it.</summary>
[Collection(AppCollection.Name)]
public sealed class QueueSubmissionTests(AppFixture app)
{
    private static readonly Uri SubmissionQueue = new("postgresql://filesaga-submissions");

    [Fact]
    public async Task job_sent_to_the_submission_queue_runs_to_completion()
    {
        var jobId = Infrastructure.Jobs.NewId("queued");
        using var scope = app.Host.Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();

        await bus.EndpointFor(SubmissionQueue).SendAsync(new SubmitFileJob(jobId, "simple", app.SampleServer.Url("/sample-data/users"), "users.json"));
        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Completed, job.Error);
        job.Kind.ShouldBe(JobKind.Simple);
    }

    [Fact]
    public async Task invalid_queued_submission_is_dead_lettered_with_its_reason_and_starts_nothing()
    {
        var jobId = Infrastructure.Jobs.NewId("queued-bad");
        using var scope = app.Host.Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();

        await bus.EndpointFor(SubmissionQueue).SendAsync(new SubmitFileJob(jobId, "saga", "ftp://127.0.0.1/nothing", "report.pdf"));
        var reason = await WaitForDeadLetterAsync(jobId);

        reason.ShouldContain("sourceUrl");
        reason.ShouldContain("fileName");
        await using var session = app.Store.QuerySession();
        (await session.LoadAsync<JobState>(jobId)).ShouldBeNull();
    }

    private async Task<string> WaitForDeadLetterAsync(string jobId)
    {
        var until = DateTime.UtcNow + AppFixture.JobDeadline;
        var connection = app.Store.Options.Tenancy.Default.Database.CreateConnection();
        await using (connection)
        {
            await connection.OpenAsync();
            while (true)
            {
                // The dead-letter table keeps the message body; the job id is in it.
                await using var find = new NpgsqlCommand(
                    "select exception_message from filesaga.wolverine_dead_letters where message_type like '%SubmitFileJob%' and position(@id::bytea in body) > 0", (NpgsqlConnection)connection);
                find.Parameters.AddWithValue("id", System.Text.Encoding.UTF8.GetBytes(jobId));
                if (await find.ExecuteScalarAsync() is string message)
                {
                    return message;
                }

                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"no dead letter for {jobId}");
                }

                await Task.Delay(100);
            }
        }
    }
}
