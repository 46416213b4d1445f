using System.Text.Json;
using Alba;
using FileSaga.Domain.Jobs;
using FileSaga.IntegrationTests.Infrastructure;
using Marten;

namespace FileSaga.IntegrationTests.Api;

[Collection(AppCollection.Name)]
public sealed class SubmissionTests(AppFixture app)
{
    [Fact]
    public async Task accepted_submission_answers_202_with_location_and_the_job()
    {
        var jobId = Infrastructure.Jobs.NewId("accepted");
        var result = await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/posts"), "posts.json");

        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/jobs/{jobId}");
        var body = result.ReadAsJson<JsonElement>();
        body.GetProperty("jobId").GetString().ShouldBe(jobId);
        body.GetProperty("kind").GetString().ShouldBe("saga");
        body.GetProperty("status").GetString().ShouldBe("Submitted");
        body.GetProperty("steps").GetArrayLength().ShouldBe(10);
        await app.WaitForEndAsync(jobId);
    }

    [Fact]
    public async Task same_job_id_with_the_same_body_returns_the_existing_job()
    {
        var jobId = Infrastructure.Jobs.NewId("again");
        var url = app.SampleServer.Url("/sample-data/users");
        await app.SubmitAsync(jobId, url, "users.json");

        var second = await app.SubmitAsync(new { jobId, kind = "saga", sourceUrl = url, fileName = "users.json" }, expectedStatus: 200);

        second.ReadAsJson<JsonElement>().GetProperty("jobId").GetString().ShouldBe(jobId);
        await app.WaitForEndAsync(jobId);
        (await app.EventNamesAsync(jobId)).Count(n => n == nameof(JobSubmitted)).ShouldBe(1);
        (await app.EventNamesAsync(jobId)).Count(n => n == nameof(FileDownloaded)).ShouldBe(1);
    }

    [Fact]
    public async Task same_job_id_with_another_body_is_a_conflict()
    {
        var jobId = Infrastructure.Jobs.NewId("conflict");
        await app.SubmitAsync(jobId, app.SampleServer.Url("/sample-data/users"), "users.json");

        var conflict = await app.SubmitAsync(new { jobId, sourceUrl = app.SampleServer.Url("/sample-data/albums"), fileName = "albums.json" }, expectedStatus: 409);

        conflict.ReadAsJson<JsonElement>().GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(jobId);
        var job = await app.WaitForEndAsync(jobId);
        job.FileName.ShouldBe("users.json");
    }

    [Theory]
    [InlineData("""{"sourceUrl":"http://127.0.0.1:1/a.json"}""", "fileName")]
    [InlineData("""{"fileName":"a.json"}""", "sourceUrl")]
    [InlineData("""{"sourceUrl":"ftp://127.0.0.1/a.json","fileName":"a.json"}""", "sourceUrl")]
    [InlineData("""{"sourceUrl":"not a url","fileName":"a.json"}""", "sourceUrl")]
    [InlineData("""{"sourceUrl":"http://127.0.0.1:1/a","fileName":"../../etc/passwd.json"}""", "fileName")]
    [InlineData("""{"sourceUrl":"http://127.0.0.1:1/a","fileName":"report.pdf"}""", "fileName")]
    [InlineData("""{"sourceUrl":"http://127.0.0.1:1/a","fileName":"a.json","kind":"batch"}""", "kind")]
    [InlineData("""{"jobId":"../escape","sourceUrl":"http://127.0.0.1:1/a","fileName":"a.json"}""", "jobId")]
    public async Task invalid_submission_is_a_400_naming_the_field_and_starts_nothing(string body, string field)
    {
        var before = await CountStreamsAsync();

        var result = await app.Host.Scenario(s =>
        {
            s.Post.Text(body).ToUrl("/api/jobs");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });

        var problem = result.ReadAsJson<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out var messages).ShouldBeTrue(problem.ToString());
        messages[0].GetString().ShouldNotBeNull().ShouldContain(field);
        (await CountStreamsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task malformed_json_body_is_a_400()
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Text("{\"sourceUrl\": ").ToUrl("/api/jobs");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });
    }

    private async Task<int> CountStreamsAsync()
    {
        await using var session = app.Store.QuerySession();
        return await session.Query<JobState>().CountAsync();
    }
}
