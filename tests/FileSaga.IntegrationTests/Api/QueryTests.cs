using System.Text.Json;
using Alba;
using FileSaga.IntegrationTests.Infrastructure;

namespace FileSaga.IntegrationTests.Api;

[Collection(AppCollection.Name)]
public sealed class QueryTests(AppFixture app)
{
    [Fact]
    public async Task job_view_shows_steps_file_and_output_of_a_finished_job()
    {
        var jobId = Infrastructure.Jobs.NewId("view");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/albums"), "albums.json");
        await app.WaitForEndAsync(jobId);

        var view = (await app.Host.GetAsJson<JsonElement>($"/api/jobs/{jobId}"));

        view.GetProperty("status").GetString().ShouldBe("Completed");
        view.GetProperty("currentStep").ValueKind.ShouldBe(JsonValueKind.Null);
        view.GetProperty("finishedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var steps = view.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("name").GetString()).ShouldBe(["download", "validate", "backup", "parse", "process", "save", "upload", "verify", "notify", "cleanup"]);
        steps.ShouldAllBe(s => s.GetProperty("status").GetString() == "succeeded" && s.GetProperty("attempts").GetInt32() == 1);
        view.GetProperty("file").GetProperty("records").GetInt64().ShouldBe(100);
        view.GetProperty("file").GetProperty("format").GetString().ShouldBe("json");
        view.GetProperty("file").GetProperty("sha256").GetString()!.Length.ShouldBe(64);
        view.GetProperty("output").GetProperty("recordsSaved").GetInt64().ShouldBe(100);
        view.GetProperty("output").GetProperty("uploadId").GetString().ShouldNotBeNullOrEmpty();
        view.GetProperty("version").GetInt64().ShouldBe(12, "the view is built from all twelve events of a completed saga");
    }

    [Fact]
    public async Task unknown_job_is_a_404_problem()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/jobs/no-such-job");
            s.StatusCodeShouldBe(404);
        });
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/jobs/no-such-job/events");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task events_endpoint_lists_the_stream_in_order_with_types()
    {
        var jobId = Infrastructure.Jobs.NewId("events");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/files/lines.txt"), "lines.txt", kind: "simple");
        await app.WaitForEndAsync(jobId);

        var events = (await app.Host.GetAsJson<JsonElement[]>($"/api/jobs/{jobId}/events")).ShouldNotBeNull();

        events.Select(e => e.GetProperty("version").GetInt64()).ShouldBe(Enumerable.Range(1, events.Length).Select(i => (long)i));
        events[0].GetProperty("type").GetString().ShouldBe("JobSubmitted");
        events[0].GetProperty("data").GetProperty("jobId").GetString().ShouldBe(jobId);
        events[^1].GetProperty("type").GetString().ShouldBe("JobCompleted");
        events.Select(e => e.GetProperty("sequence").GetInt64()).ShouldBeInOrder();
    }

    [Fact]
    public async Task job_list_filters_by_text_kind_and_status_and_pages()
    {
        var tag = Infrastructure.Jobs.NewId("listing");
        var ids = new[] { $"{tag}-a", $"{tag}-b", $"{tag}-c" };
        foreach (var id in ids)
        {
            await app.SubmitAsync(id, app.SampleServer.Url("/sample-data/files/lines.txt"), "lines.txt", kind: "simple");
        }

        foreach (var id in ids)
        {
            await app.WaitForEndAsync(id);
        }

        var page1 = await app.Host.GetAsJson<JsonElement>($"/api/jobs?q={tag}&kind=simple&status=Completed&page=1&pageSize=2");
        var page2 = await app.Host.GetAsJson<JsonElement>($"/api/jobs?q={tag}&kind=simple&status=Completed&page=2&pageSize=2");
        var sagas = await app.Host.GetAsJson<JsonElement>($"/api/jobs?q={tag}&kind=saga");

        page1.GetProperty("total").GetInt64().ShouldBe(3);
        page1.GetProperty("items").GetArrayLength().ShouldBe(2);
        page2.GetProperty("items").GetArrayLength().ShouldBe(1);
        page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(j => j.GetProperty("jobId").GetString()).OrderBy(x => x).ShouldBe(ids);
        sagas.GetProperty("total").GetInt64().ShouldBe(0);
    }

    [Theory]
    [InlineData("/api/jobs?status=Sleeping", "status")]
    [InlineData("/api/jobs?kind=batch", "kind")]
    [InlineData("/api/jobs?since=yesterday", "since")]
    [InlineData("/api/jobs?pageSize=1000", "pageSize")]
    [InlineData("/api/jobs?page=0", "page")]
    [InlineData("/api/audit?type=NoSuchEvent", "type")]
    [InlineData("/api/audit?until=soon", "until")]
    public async Task bad_query_parameter_is_a_400_naming_it(string url, string parameter)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(400);
        });

        result.ReadAsJson<JsonElement>().GetProperty("errors").TryGetProperty(parameter, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task audit_log_filters_by_job_and_event_type()
    {
        var jobId = Infrastructure.Jobs.NewId("audit");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/files/lines.txt"), "lines.txt", kind: "simple");
        await app.WaitForEndAsync(jobId);

        var all = await app.Host.GetAsJson<JsonElement>($"/api/audit?jobId={jobId}&pageSize=100");
        var downloads = await app.Host.GetAsJson<JsonElement>($"/api/audit?jobId={jobId}&type=FileDownloaded");

        all.GetProperty("total").GetInt64().ShouldBe(8);
        all.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("jobId").GetString() == jobId);
        downloads.GetProperty("total").GetInt64().ShouldBe(1);
        downloads.GetProperty("items")[0].GetProperty("type").GetString().ShouldBe("FileDownloaded");
    }
}
