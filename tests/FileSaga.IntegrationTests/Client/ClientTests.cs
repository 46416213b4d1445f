using System.Net;
using FileSaga.Client.Api;
using FileSaga.Client.Demo;
using FileSaga.IntegrationTests.Infrastructure;
using Spectre.Console;

namespace FileSaga.IntegrationTests.Client;

/// <summary>The typed client and the demo against the real API: the two sides of the contract must agree.</summary>
[Collection(AppCollection.Name)]
public sealed class ClientTests(AppFixture app)
{
    private IFileSagaApi Api() => FileSagaApiClient.Create(new Uri("http://localhost"), app.Host.Server.CreateClient());

    [Fact]
    public async Task demo_ends_every_job_in_its_expected_status()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var demo = new DemoRunner(Api(), SampleServerClient.CreateFaults(app.SampleServer.BaseAddress), app.SampleServer.BaseAddress, console, TimeProvider.System);

        var report = await demo.RunAsync(TimeSpan.FromSeconds(90), CancellationToken.None);

        report.AllAsExpected.ShouldBeTrue(output.ToString());
        report.Jobs.Count.ShouldBe(DemoPlan.Jobs.Count);
        report.Jobs.Single(j => j.Job.FailUpload).Final!.Compensations.Select(c => c.Action)
            .ShouldBe(["rollback-upload", "delete-output", "restore-backup", "delete-download"]);
        output.ToString().ShouldContain("posts-upload-fails");
    }

    [Fact]
    public async Task client_reads_back_what_it_submitted_with_every_view_field()
    {
        var api = Api();
        var jobId = Infrastructure.Jobs.NewId("client");

        var submitted = await api.SubmitJobAsync(new SubmitJobRequest(SourceUrl: app.SampleServer.Url("/sample-data/files/catalog.xml"), FileName: "catalog.xml", Kind: "saga", JobId: jobId));
        await app.WaitForEndAsync(jobId);
        var job = (await api.GetJobAsync(jobId)).Content!;
        var events = await api.GetEventsAsync(jobId);
        var audit = await api.GetAuditAsync(jobId: jobId, type: "OutputSaved");
        var listed = await api.ListJobsAsync(q: jobId);

        submitted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        job.Status.ShouldBe("Completed");
        job.Steps.Count.ShouldBe(10);
        job.File!.Format.ShouldBe("xml");
        job.Output!.RecordsSaved.ShouldBe(job.File.Records!.Value);
        job.Output.UploadId.ShouldNotBeNullOrEmpty();
        events.Count.ShouldBe(12);
        events[^1].Type.ShouldBe("JobCompleted");
        audit.Total.ShouldBe(1);
        listed.Items.ShouldHaveSingleItem().JobId.ShouldBe(jobId);
    }

    [Fact]
    public async Task client_sees_conflicts_and_validation_problems_as_status_codes()
    {
        var api = Api();
        var jobId = Infrastructure.Jobs.NewId("client-bad");
        await api.SubmitJobAsync(new SubmitJobRequest(SourceUrl: app.SampleServer.Url("/sample-data/users"), FileName: "users.json", Kind: "simple", JobId: jobId));

        var conflict = await api.SubmitJobAsync(new SubmitJobRequest(SourceUrl: app.SampleServer.Url("/sample-data/users"), FileName: "users.json", Kind: "saga", JobId: jobId));
        var invalid = await api.SubmitJobAsync(new SubmitJobRequest(SourceUrl: "ftp://nowhere", FileName: "x.json", Kind: "saga", JobId: "client-bad-url"));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await app.WaitForEndAsync(jobId);
    }
}
