using FileSaga.Domain.Jobs;
using FileSaga.IntegrationTests.Infrastructure;

namespace FileSaga.IntegrationTests.Jobs;

[Collection(AppCollection.Name)]
public sealed class CancellationTests(AppFixture app)
{
    [Fact]
    public async Task cancelling_a_running_saga_compensates_and_ends_cancelled()
    {
        var jobId = Infrastructure.Jobs.NewId("cancel");
        // A slow download keeps the job busy long enough to cancel it mid-way.
        await app.AddFaultAsync(new { route = "download", mode = "slow", delay_ms = 1500, match = jobId });
        await app.SubmitAsync(jobId, app.SampleServer.Url($"/sample-data/posts?job={jobId}"), "posts.json");

        await app.Host.Scenario(s =>
        {
            s.Post.Url($"/api/jobs/{jobId}/cancel?reason=changed%20my%20mind");
            s.StatusCodeShouldBe(202);
        });
        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Cancelled);
        job.Error.ShouldNotBeNull().ShouldContain("changed my mind");
        var events = await app.EventsAsync(jobId);
        events.OfType<JobCancelRequested>().ShouldHaveSingleItem();
        events.OfType<CompensationStarted>().Single().Steps.ShouldBe([Step.Download]);
        events.OfType<FileDownloaded>().ShouldBeEmpty("the download lost its race with the cancel and was not recorded");
        Directory.Exists(Path.Combine(app.DataRoot, "processing", "jobs", jobId, "input")).ShouldBeFalse();
    }

    [Fact]
    public async Task cancelling_a_finished_job_is_a_conflict_and_unknown_job_is_not_found()
    {
        var jobId = Infrastructure.Jobs.NewId("cancel-late");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/files/lines.txt"), "lines.txt", kind: "simple");
        await app.WaitForEndAsync(jobId);

        await app.Host.Scenario(s =>
        {
            s.Post.Url($"/api/jobs/{jobId}/cancel");
            s.StatusCodeShouldBe(409);
        });
        await app.Host.Scenario(s =>
        {
            s.Post.Url("/api/jobs/no-such-job/cancel");
            s.StatusCodeShouldBe(404);
        });
        (await app.EventNamesAsync(jobId))[^1].ShouldBe(nameof(JobCompleted));
    }
}
