using System.Globalization;
using System.Net;
using FileSaga.Client.Api;
using FileSaga.Client.Watching;
using Refit;
using Spectre.Console;

namespace FileSaga.Client.Demo;

/// <summary>
/// Submits the <see cref="DemoPlan"/> jobs, makes one job's upload fail through the SampleServer's fault injection,
/// watches them all to the end and reports whether each ended as expected.
/// </summary>
public sealed class DemoRunner(
    IFileSagaApi api,
    ISampleServerFaultsApi faults,
    Uri sampleServer,
    IAnsiConsole console,
    TimeProvider time)
{
    private static readonly TimeSpan FaultCleanupTimeout = TimeSpan.FromSeconds(10);

    public async Task<DemoReport> RunAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var stamp = started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var jobs = DemoPlan.Jobs.Select(j => (Job: j, JobId: $"demo-{stamp}-{j.Name}")).ToList();
        var faultIds = new List<string>();
        try
        {
            foreach (var (job, jobId) in jobs.Where(j => j.Job.FailUpload))
            {
                var rule = await faults.CreateFaultAsync(
                    new FaultRuleRequest("upload", "error", Status: 503, Rate: 1.0, Match: jobId), cancellationToken);
                faultIds.Add(rule.Id);
                console.MarkupLineInterpolated($"[grey]Fault rule {rule.Id}: every upload of {jobId} answers 503[/]");
            }

            var submitErrors = new Dictionary<string, string>();
            foreach (var (job, jobId) in jobs)
            {
                var error = await SubmitAsync(job, jobId, cancellationToken);
                if (error is not null)
                {
                    submitErrors[jobId] = error;
                }
            }

            var watched = jobs.Select(j => j.JobId).Where(id => !submitErrors.ContainsKey(id)).ToList();
            var remaining = timeout - (time.GetUtcNow() - started);
            console.MarkupLineInterpolated($"Watching demo run [bold]demo-{stamp}[/] (timeout {timeout.TotalSeconds:0} s)");
            var watch = await new JobWatcher(api, console, time).WatchAsync(
                watched,
                remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero,
                cancellationToken,
                jobs.ToDictionary(j => j.JobId, j => j.Job.Name));

            var report = new DemoReport(
                jobs.Select(j => new DemoJobResult(
                    j.Job,
                    j.JobId,
                    watch.Jobs.GetValueOrDefault(j.JobId),
                    submitErrors.GetValueOrDefault(j.JobId))).ToList(),
                TimedOut: !watch.AllTerminal);
            DemoSummary.Print(console, report);
            return report;
        }
        finally
        {
            await RemoveFaultsAsync(faultIds);
        }
    }

    private async Task<string?> SubmitAsync(DemoJob job, string jobId, CancellationToken cancellationToken)
    {
        var sourceUrl = new Uri(WithTrailingSlash(sampleServer), job.SamplePath).ToString();
        var response = await api.SubmitJobAsync(new SubmitJobRequest(sourceUrl, job.FileName, job.Kind, jobId), cancellationToken);
        if (response.HasRequestError(out var unreachable))
        {
            throw unreachable;
        }

        if (response.IsSuccessStatusCode)
        {
            console.MarkupLineInterpolated($"Submitted [bold]{jobId}[/] ({job.Kind}, {job.FileName})");
            return null;
        }

        // A rejected job is reported in the summary; the other jobs still run.
        var problem = (response.Error as ApiException)?.ReadProblem();
        var message = $"HTTP {(int?)response.StatusCode} {problem?.Title ?? response.ReasonPhrase} {problem?.Detail}".Trim();
        console.MarkupLineInterpolated($"[red]Submitting {jobId} failed: {message}[/]");
        return message;
    }

    private async Task RemoveFaultsAsync(List<string> faultIds)
    {
        foreach (var id in faultIds)
        {
            // Runs after cancellation too: a rule left behind would fail later uploads of other runs.
            using var cts = new CancellationTokenSource(FaultCleanupTimeout);
            try
            {
                await faults.DeleteFaultAsync(id, cts.Token);
            }
            catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
            }
            catch (Exception e)
            {
                console.MarkupLineInterpolated($"[yellow]Could not remove fault rule {id}: {e.Message}[/]");
            }
        }
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
