using System.Net;
using FileSaga.Domain.Jobs;
using FileSaga.IntegrationTests.Infrastructure;

namespace FileSaga.IntegrationTests.Jobs;

/// <summary>A final failure at each saga step, made real (a server fault, a bad file, a path that cannot be written), undoes what was done in reverse.</summary>
[Collection(AppCollection.Name)]
public sealed class CompensationTests(AppFixture app)
{
    public static TheoryData<string, string[]> FailuresAtEachStep => new()
    {
        { "download", ["download"] },
        { "validate", ["download"] },
        { "backup", ["backup", "download"] },
        { "parse", ["backup", "download"] },
        { "process", ["backup", "download"] },
        { "save", ["save", "backup", "download"] },
        { "upload", ["upload", "save", "backup", "download"] },
        { "verify", ["upload", "save", "backup", "download"] },
        { "notify", ["upload", "save", "backup", "download"] },
        { "cleanup", ["upload", "save", "backup", "download"] },
    };

    [Theory]
    [MemberData(nameof(FailuresAtEachStep))]
    public async Task final_failure_compensates_completed_steps_in_reverse_order(string failingStep, string[] expectedOrder)
    {
        var jobId = Infrastructure.Jobs.NewId($"fail-{failingStep}");
        var folder = Path.Combine(app.DataRoot, "processing", "jobs", jobId);
        var (path, fileName) = await InjectFailureAsync(failingStep, jobId, folder);

        await app.SubmitAsync(jobId, app.SampleServer.Url(path), fileName);
        if (failingStep == "cleanup")
        {
            // The locked folder made cleanup fail; unlock it so that delete-download can do its part.
            await app.WaitForStatusAsync(jobId, JobStatus.Compensating);
            ImmutableFolder.Release(Path.Combine(folder, "input", "locked"));
        }

        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Compensated, job.Error);
        job.StepOf(Enum.Parse<Step>(failingStep, ignoreCase: true)).Status.ShouldBe(StepStatus.Failed);
        var events = await app.EventsAsync(jobId);
        events.OfType<StepFailed>().Single().Step.Wire().ShouldBe(failingStep);
        events.OfType<CompensationStarted>().Single().Steps.Select(s => s.Wire()).ShouldBe(expectedOrder);
        events.OfType<StepCompensated>().Select(s => s.Step.Wire()).ShouldBe(expectedOrder);
        events[^1].ShouldBeOfType<JobCompensated>();

        Directory.Exists(Path.Combine(folder, "input")).ShouldBeFalse("delete-download removes the download");
        File.Exists(Path.Combine(folder, "processed", "output.json")).ShouldBeFalse("no output survives");
        if (job.Files.BackupPath is not null)
        {
            File.Exists(Path.Combine(folder, "quarantine", Path.GetFileName(job.Files.BackupPath))).ShouldBeTrue("the original is kept for inspection");
        }

        if (job.Files.UploadId is { } uploadId)
        {
            using var upload = await app.SampleServer.Http.GetAsync($"/uploads/{uploadId}");
            upload.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the upload was rolled back");
        }
    }

    [Fact]
    public async Task compensation_that_keeps_failing_parks_the_job_for_an_operator()
    {
        var jobId = Infrastructure.Jobs.NewId("parked");
        await app.AddFaultAsync(new { route = "webhook", mode = "error", status = 503, match = jobId });
        await app.AddFaultAsync(new { route = "rollback", mode = "error", status = 500 });
        try
        {
            await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/posts"), "posts.json");
            var job = await app.WaitForEndAsync(jobId);

            job.Status.ShouldBe(JobStatus.CompensationFailed);
            var rollback = job.Compensations.Single(c => c.Step == Step.Upload);
            rollback.Status.ShouldBe(CompensationStatus.Failed);
            rollback.Attempts.ShouldBe(8, "the tests allow eight compensation attempts");
            job.Error.ShouldNotBeNull().ShouldContain("rollback-upload failed");
            job.Compensations.Where(c => c.Step != Step.Upload).ShouldAllBe(c => c.Status == CompensationStatus.Pending, "later compensations wait for the operator");
            (await app.EventsAsync(jobId)).OfType<CompensationStepFailed>().Count(e => e.RetryAt is null).ShouldBe(1);
        }
        finally
        {
            await app.RemoveFaultsOnRouteAsync("rollback");
        }
    }

    private async Task<(string Path, string FileName)> InjectFailureAsync(string step, string jobId, string folder)
    {
        var posts = ($"/sample-data/posts?job={jobId}", "posts.json");
        switch (step)
        {
            case "download":
                await app.AddFaultAsync(new { route = "download", mode = "error", status = 503, match = jobId });
                return posts;
            case "validate":
                return ($"/sample-data/files/malformed.json?job={jobId}", "malformed.json");
            case "backup":
                Directory.CreateDirectory(folder);
                await File.WriteAllTextAsync(Path.Combine(folder, "backup"), "a file where the backup folder should be");
                return posts;
            case "parse":
                Directory.CreateDirectory(Path.Combine(folder, "input", "parsed.ndjson"));
                return posts;
            case "process":
                Directory.CreateDirectory(Path.Combine(folder, "input", "processed.ndjson"));
                return posts;
            case "save":
                Directory.CreateDirectory(Path.Combine(folder, "processed", "output.json"));
                return posts;
            case "upload":
                await app.AddFaultAsync(new { route = "upload", mode = "error", status = 503, match = jobId });
                return posts;
            case "verify":
                // Every record is rejected, so nothing is processed and verification refuses the result.
                return ($"/sample-data/files/all-rejected.json?job={jobId}", "all-rejected.json");
            case "notify":
                await app.AddFaultAsync(new { route = "webhook", mode = "error", status = 503, match = jobId });
                return posts;
            case "cleanup":
                ImmutableFolder.Lock(Path.Combine(folder, "input", "locked"));
                return posts;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }
}
