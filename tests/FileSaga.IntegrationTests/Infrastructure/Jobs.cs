using System.Net.Http.Json;
using Alba;
using FileSaga.Domain.Jobs;
using Marten;

namespace FileSaga.IntegrationTests.Infrastructure;

/// <summary>Test helpers that drive jobs through the real API and read them back from the store.</summary>
public static class Jobs
{
    public static string NewId(string name) => $"{name}-{Guid.NewGuid():N}"[..Math.Min(name.Length + 13, 100)];

    public static async Task<IScenarioResult> SubmitAsync(this AppFixture app, object body, int expectedStatus = 202) =>
        await app.Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl("/api/jobs");
            s.StatusCodeShouldBe(expectedStatus);
        });

    public static Task<IScenarioResult> SubmitAsync(this AppFixture app, string jobId, string sourceUrl, string fileName, string kind = "saga") =>
        app.SubmitAsync(new { jobId, kind, sourceUrl, fileName });

    /// <summary>Polls the job's projected state until it reaches a terminal status, or fails the test at the deadline.</summary>
    public static async Task<JobState> WaitForEndAsync(this AppFixture app, string jobId, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? AppFixture.JobDeadline);
        while (true)
        {
            await using var session = app.Store.QuerySession();
            var job = await session.LoadAsync<JobState>(jobId);
            if (job is { IsTerminal: true })
            {
                return job;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"job {jobId} did not finish in time; last status {job?.Status}, step {job?.CurrentStep}, error {job?.Error}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Polls until the job is in <paramref name="status"/>.</summary>
    public static async Task<JobState> WaitForStatusAsync(this AppFixture app, string jobId, JobStatus status)
    {
        var until = DateTime.UtcNow + AppFixture.JobDeadline;
        while (true)
        {
            await using var session = app.Store.QuerySession();
            var job = await session.LoadAsync<JobState>(jobId);
            if (job?.Status == status)
            {
                return job;
            }

            if (DateTime.UtcNow > until || job is { IsTerminal: true })
            {
                throw new TimeoutException($"job {jobId} never reached {status}; it is {job?.Status}");
            }

            await Task.Delay(50);
        }
    }

    public static async Task<IReadOnlyList<object>> EventsAsync(this AppFixture app, string jobId)
    {
        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(jobId);
        return [.. events.Select(e => e.Data)];
    }

    public static async Task<IReadOnlyList<string>> EventNamesAsync(this AppFixture app, string jobId) =>
        [.. (await app.EventsAsync(jobId)).Select(e => e.GetType().Name)];

    public static async Task<string> AddFaultAsync(this AppFixture app, object rule)
    {
        using var response = await app.SampleServer.Http.PostAsJsonAsync("/faults", rule);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return created!["id"].ToString()!;
    }

    public static async Task RemoveFaultsOnRouteAsync(this AppFixture app, string route)
    {
        var rules = await app.SampleServer.Http.GetFromJsonAsync<List<Dictionary<string, System.Text.Json.JsonElement>>>("/faults");
        foreach (var rule in rules!.Where(r => r["route"].GetString() == route))
        {
            await app.RemoveFaultAsync(rule["id"].GetString()!);
        }
    }

    public static async Task RemoveFaultAsync(this AppFixture app, string id)
    {
        using var response = await app.SampleServer.Http.DeleteAsync($"/faults/{id}");
        response.EnsureSuccessStatusCode();
    }
}
