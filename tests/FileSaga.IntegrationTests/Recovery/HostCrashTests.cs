using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using FileSaga.Client.Demo;
using FileSaga.Domain.Jobs;
using FileSaga.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FileSaga.IntegrationTests.Recovery;

/// <summary>
/// Runs the demo's jobs on a host process, SIGKILLs it while jobs are mid-way, starts it again and
/// checks that nothing was lost or done twice.
/// </summary>
public sealed class HostCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] SuccessEvents =
    [
        nameof(FileDownloaded), nameof(FileValidated), nameof(FileBackedUp), nameof(RecordsParsed), nameof(RecordsProcessed),
        nameof(OutputSaved), nameof(OutputUploaded), nameof(ResultVerified), nameof(NotificationSent), nameof(TempFilesCleaned),
    ];

    private readonly string _root = TestDatabase.TestDataFolder("crash");
    private TestDatabase _database = null!;
    private SampleServerHost _samples = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _samples = new SampleServerHost(Path.Combine(_root, "samples"));
    }

    public async Task DisposeAsync()
    {
        await _samples.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task demo_jobs_survive_a_sigkill_of_the_host_with_each_step_done_once()
    {
        using var host = await StartHostAsync(uploadFirstRetry: "00:00:00.500");
        using var api = new HttpClient { BaseAddress = host.BaseAddress };

        // Some downloads are slow, so the kill finds jobs at different steps, some of them mid-download.
        var run = $"crash-{Guid.NewGuid():N}"[..14];
        await _samples.Http.PostAsJsonAsync("/faults", new { route = "download", mode = "slow", delay_ms = 3000, match = "slow" });
        var jobs = DemoPlan.Jobs.Select((job, i) => (Job: job, Id: $"{run}-{job.Name}{(i % 2 == 0 ? "-slow" : "")}")).ToList();
        foreach (var (job, id) in jobs.Where(j => j.Job.FailUpload))
        {
            await _samples.Http.PostAsJsonAsync("/faults", new { route = "upload", mode = "error", status = 503, match = id });
        }

        foreach (var (job, id) in jobs)
        {
            var separator = job.SamplePath.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var submitted = await api.PostAsJsonAsync("/api/jobs", new { jobId = id, kind = job.Kind, sourceUrl = _samples.Url($"/{job.SamplePath}{separator}job={id}"), fileName = job.FileName });
            submitted.EnsureSuccessStatusCode();
        }

        await WaitAsync(api, jobs.Select(j => j.Id), views => views.Any(v => v.Steps.Count(s => s.Status == "succeeded") >= 4), "a job to pass its fourth step");
        host.KillHard();
        var killedAt = Stopwatch.StartNew();
        var progressBefore = await CountEventsAsync();

        host.Start();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        var readyAfter = killedAt.Elapsed;
        await WaitAsync(api, jobs.Select(j => j.Id), _ => true, "progress after restart", () => CountEventsAsync().ContinueWith(t => t.Result > progressBefore));
        var resumedAfter = killedAt.Elapsed;
        var finals = await WaitAsync(api, jobs.Select(j => j.Id), views => views.All(v => IsTerminal(v.Status)), "every job to finish");
        var finishedAfter = killedAt.Elapsed;

        var report = $"host SIGKILLed and restarted: ready after {readyAfter.TotalSeconds:F1} s, work resumed after {resumedAfter.TotalSeconds:F1} s, all {jobs.Count} jobs finished after {finishedAfter.TotalSeconds:F1} s";
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(TestDatabase.RepositoryRoot(), ".filesaga", "crash-recovery.txt"), report + Environment.NewLine);

        foreach (var (job, id) in jobs)
        {
            finals[id].Status.ShouldBe(job.ExpectedStatus, $"{id}: {finals[id].Error}");
            var events = await api.GetFromJsonAsync<JsonElement[]>($"/api/jobs/{id}/events");
            var types = events!.Select(e => e.GetProperty("type").GetString()!).ToList();
            foreach (var success in SuccessEvents)
            {
                types.Count(t => t == success).ShouldBeLessThanOrEqualTo(1, $"{id} has {success} more than once");
            }

            types.Count(SuccessEvents.Contains).ShouldBe(finals[id].Steps.Count(s => s.Status == "succeeded"), id);
        }

        var uploads = await _samples.Http.GetFromJsonAsync<JsonElement>("/uploads");
        var uploadNames = Items(uploads).Select(u => u.GetProperty("filename").GetString()).ToList();
        foreach (var (job, id) in jobs.Where(j => j.Job.Kind == "saga"))
        {
            uploadNames.Count(n => n == $"{id}.json").ShouldBe(job.FailUpload ? 0 : 1, id);
        }
    }

    [Fact]
    public async Task a_retry_waiting_for_its_time_survives_a_sigkill()
    {
        using var host = await StartHostAsync(uploadFirstRetry: "00:00:04");
        using var api = new HttpClient { BaseAddress = host.BaseAddress };
        var jobId = $"retry-{Guid.NewGuid():N}"[..18];
        await _samples.Http.PostAsJsonAsync("/faults", new { route = "upload", mode = "error", status = 503, count = 1, match = jobId });

        (await api.PostAsJsonAsync("/api/jobs", new { jobId, sourceUrl = _samples.Url("/sample-data/posts"), fileName = "posts.json" })).EnsureSuccessStatusCode();
        await WaitAsync(api, [jobId], views => views.Single().Steps.Any(s => s is { Name: "upload", Status: "retrying" }), "the upload to wait for its retry");
        host.KillHard();
        host.Start();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        var final = (await WaitAsync(api, [jobId], views => IsTerminal(views.Single().Status), "the job to finish"))[jobId];

        final.Status.ShouldBe("Completed", final.Error);
        var events = await api.GetFromJsonAsync<JsonElement[]>($"/api/jobs/{jobId}/events");
        events!.Count(e => e.GetProperty("type").GetString() == nameof(StepAttemptFailed)).ShouldBe(1);
        events!.Count(e => e.GetProperty("type").GetString() == nameof(OutputUploaded)).ShouldBe(1);
    }

    private async Task<HostProcess> StartHostAsync(string uploadFirstRetry)
    {
        Directory.CreateDirectory(_root);
        var host = new HostProcess(new()
        {
            ["FILESAGA_DB"] = _database.ConnectionString,
            ["FileSaga__DataRoot"] = Path.Combine(_root, "processing"),
            ["FileSaga__UploadServiceUrl"] = _samples.BaseAddress.ToString(),
            ["FileSaga__WebhookUrl"] = _samples.Url("/webhook"),
            ["FileSaga__Steps__upload__FirstRetry"] = uploadFirstRetry,
        }, Path.Combine(_root, "host.log"));
        host.Start();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    private static JsonElement.ArrayEnumerator Items(JsonElement uploads) =>
        uploads.ValueKind == JsonValueKind.Array ? uploads.EnumerateArray() : uploads.GetProperty("uploads").EnumerateArray();

    private static bool IsTerminal(string status) => Enum.TryParse<JobStatus>(status, out var s) && s.IsTerminal();

    private async Task<long> CountEventsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand("select count(*) from filesaga.mt_events", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<string, JobSnapshot>> WaitAsync(
        HttpClient api, IEnumerable<string> ids, Func<IReadOnlyCollection<JobSnapshot>, bool> done, string what, Func<Task<bool>>? extra = null)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        var idList = ids.ToList();
        while (true)
        {
            try
            {
                var views = new Dictionary<string, JobSnapshot>();
                foreach (var id in idList)
                {
                    views[id] = (await api.GetFromJsonAsync<JobSnapshot>($"/api/jobs/{id}", JsonSerializerOptions.Web))!;
                }

                if (done(views.Values) && (extra is null || await extra()))
                {
                    return views;
                }
            }
            catch (HttpRequestException)
            {
                // The host is restarting.
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"gave up waiting for {what}");
            }

            await Task.Delay(100);
        }
    }

    private sealed record JobSnapshot(string JobId, string Status, string? Error, IReadOnlyList<StepSnapshot> Steps);

    private sealed record StepSnapshot(string Name, string Status);
}
