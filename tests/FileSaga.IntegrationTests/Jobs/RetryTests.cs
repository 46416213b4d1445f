using FileSaga.Domain.Jobs;
using FileSaga.IntegrationTests.Infrastructure;

namespace FileSaga.IntegrationTests.Jobs;

[Collection(AppCollection.Name)]
public sealed class RetryTests(AppFixture app)
{
    [Fact]
    public async Task transient_upload_failure_is_retried_then_succeeds()
    {
        var jobId = Infrastructure.Jobs.NewId("transient");
        await app.AddFaultAsync(new { route = "upload", mode = "error", status = 500, count = 2, match = jobId });

        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/users"), "users.json");
        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Completed, job.Error);
        job.StepOf(Step.Upload).Attempts.ShouldBe(3);
        var failures = (await app.EventsAsync(jobId)).OfType<StepAttemptFailed>().ToList();
        failures.Select(f => (f.Step, f.Attempt, f.Retryable)).ShouldBe([(Step.Upload, 1, true), (Step.Upload, 2, true)]);
        failures.ShouldAllBe(f => f.RetryAt > f.FailedAt);
        failures.ShouldAllBe(f => f.Error.Contains("500"));
    }

    [Fact]
    public async Task transient_download_failure_is_retried_then_succeeds()
    {
        var jobId = Infrastructure.Jobs.NewId("flaky-download");
        await app.AddFaultAsync(new { route = "download", mode = "error", status = 502, count = 1, match = jobId });

        await app.SubmitAsync(jobId, app.SampleServer.Url($"/sample-data/albums?job={jobId}"), "albums.json");
        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Completed, job.Error);
        job.StepOf(Step.Download).Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task stalled_download_times_out_and_the_next_attempt_succeeds()
    {
        var jobId = Infrastructure.Jobs.NewId("stalled");
        await app.AddFaultAsync(new { route = "download", mode = "timeout", delay_ms = 5000, count = 1, match = jobId });

        await app.SubmitAsync(jobId, app.SampleServer.Url($"/sample-data/users?job={jobId}"), "users.json");
        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Completed, job.Error);
        var failure = (await app.EventsAsync(jobId)).OfType<StepAttemptFailed>().Single();
        failure.Step.ShouldBe(Step.Download);
        failure.Error.ShouldContain("no data received");
        failure.Retryable.ShouldBeTrue();
    }

    [Fact]
    public async Task non_retryable_failure_skips_the_remaining_attempts()
    {
        var jobId = Infrastructure.Jobs.NewId("not-found");
        await app.AddFaultAsync(new { route = "download", mode = "error", status = 404, match = jobId });

        await app.SubmitAsync(jobId, app.SampleServer.Url($"/sample-data/posts?job={jobId}"), "posts.json");
        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Compensated);
        job.StepOf(Step.Download).Attempts.ShouldBe(1);
        var failure = (await app.EventsAsync(jobId)).OfType<StepAttemptFailed>().Single();
        failure.Retryable.ShouldBeFalse();
        failure.RetryAt.ShouldBeNull();
        job.Error.ShouldNotBeNull().ShouldContain("404");
    }

    [Fact]
    public async Task empty_file_fails_validation_at_once_with_the_reason()
    {
        var jobId = Infrastructure.Jobs.NewId("empty");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/files/empty.json"), "empty.json");

        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Compensated);
        job.StepOf(Step.Validate).Attempts.ShouldBe(1);
        job.Error.ShouldNotBeNull().ShouldContain("empty");
    }

    [Fact]
    public async Task simple_job_failure_ends_failed_and_removes_its_temporary_files()
    {
        var jobId = Infrastructure.Jobs.NewId("simple-bad");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/files/mislabelled.csv"), "mislabelled.csv", kind: "simple");

        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Failed);
        job.Error.ShouldNotBeNull().ShouldContain("validate failed");
        var names = await app.EventNamesAsync(jobId);
        names.ShouldNotContain(nameof(CompensationStarted));
        names[^1].ShouldBe(nameof(JobFailed));
        Directory.Exists(Path.Combine(app.DataRoot, "processing", "jobs", jobId, "input")).ShouldBeFalse();
        job.Steps.Where(s => s.Name is Step.Parse or Step.Process or Step.Save or Step.Cleanup).ShouldAllBe(s => s.Status == StepStatus.Skipped);
    }
}
