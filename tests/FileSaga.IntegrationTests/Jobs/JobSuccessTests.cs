using System.Net;
using FileSaga.Domain.Jobs;
using FileSaga.IntegrationTests.Infrastructure;

namespace FileSaga.IntegrationTests.Jobs;

[Collection(AppCollection.Name)]
public sealed class JobSuccessTests(AppFixture app)
{
    [Fact]
    public async Task saga_job_runs_every_step_and_records_the_exact_event_sequence()
    {
        var jobId = Infrastructure.Jobs.NewId("saga-ok");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/posts"), "posts.json");

        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Completed, job.Error);
        (await app.EventNamesAsync(jobId)).ShouldBe(
        [
            nameof(JobSubmitted), nameof(FileDownloaded), nameof(FileValidated), nameof(FileBackedUp), nameof(RecordsParsed),
            nameof(RecordsProcessed), nameof(OutputSaved), nameof(OutputUploaded), nameof(ResultVerified), nameof(NotificationSent),
            nameof(TempFilesCleaned), nameof(JobCompleted),
        ]);
        job.Steps.ShouldAllBe(s => s.Status == StepStatus.Succeeded && s.Attempts == 1);
        job.Files.Records.ShouldBe(100);
        job.Files.RecordsSaved.ShouldBe(100);

        var folder = Path.Combine(app.DataRoot, "processing", "jobs", jobId);
        Directory.Exists(Path.Combine(folder, "input")).ShouldBeFalse("cleanup removes the temporary files");
        File.Exists(Path.Combine(folder, "processed", "output.json")).ShouldBeTrue();
        File.Exists(Path.Combine(folder, "backup", "source.json")).ShouldBeTrue();
        using var upload = await app.SampleServer.Http.GetAsync($"/uploads/{job.Files.UploadId}");
        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task simple_job_runs_its_six_steps_without_backup_or_upload()
    {
        var jobId = Infrastructure.Jobs.NewId("simple-ok");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/files/records.csv"), "records.csv", kind: "simple");

        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Completed, job.Error);
        (await app.EventNamesAsync(jobId)).ShouldBe(
        [
            nameof(JobSubmitted), nameof(FileDownloaded), nameof(FileValidated), nameof(RecordsParsed),
            nameof(RecordsProcessed), nameof(OutputSaved), nameof(TempFilesCleaned), nameof(JobCompleted),
        ]);
        job.Files.UploadId.ShouldBeNull();
        job.Files.RecordsSaved.ShouldBe(job.Files.Processed);
    }

    [Theory]
    [InlineData("/sample-data/files/events.ndjson", "events.ndjson", "ndjson")]
    [InlineData("/sample-data/files/catalog.xml", "catalog.xml", "xml")]
    [InlineData("/sample-data/files/lines.txt", "lines.txt", "text")]
    [InlineData("/sample-data/generate?format=csv&rows=2500", "generated.csv", "csv")]
    public async Task every_supported_format_completes(string path, string fileName, string format)
    {
        var jobId = Infrastructure.Jobs.NewId("format");
        await app.SubmitAsync(jobId, app.SampleServer.Url(path), fileName);

        var job = await app.WaitForEndAsync(jobId);

        job.Status.ShouldBe(JobStatus.Completed, job.Error);
        job.Files.Format.ShouldBe(format);
        job.Files.Records.ShouldNotBeNull().ShouldBeGreaterThan(0);
    }
}
