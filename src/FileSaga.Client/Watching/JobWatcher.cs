using System.Net;
using FileSaga.Client.Api;
using FileSaga.Client.Rendering;
using Refit;
using Spectre.Console;

namespace FileSaga.Client.Watching;

/// <summary>
/// Polls jobs until every one is terminal or a deadline passes, showing a live table on a terminal and
/// plain progress lines (one per change) when output is redirected.
/// </summary>
public sealed class JobWatcher(IFileSagaApi api, IAnsiConsole console, TimeProvider time)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>How long polls may keep failing (Host restarting, a dropped connection) before watching gives up.</summary>
    public static readonly TimeSpan UnreachableLimit = TimeSpan.FromSeconds(15);

    /// <param name="labels">Shorter names to show for some job ids; others show the id.</param>
    /// <returns>The last view of each job; null for a job the Host never returned (404 throughout).</returns>
    public async Task<WatchResult> WatchAsync(
        IReadOnlyList<string> jobIds,
        TimeSpan? timeout,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? labels = null)
    {
        string Label(string id) => labels?.GetValueOrDefault(id) ?? id;
        var deadline = timeout is { } t ? time.GetUtcNow() + t : (DateTimeOffset?)null;
        var latest = jobIds.Distinct().ToDictionary(id => id, _ => (JobView?)null);
        bool finished;

        if (console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
        {
            finished = await console.Live(BuildTable(latest, Label))
                .AutoClear(false)
                .StartAsync(ctx => PollAsync(latest, deadline, () =>
                {
                    ctx.UpdateTarget(BuildTable(latest, Label));
                    ctx.Refresh();
                }, cancellationToken));
        }
        else
        {
            var printed = new Dictionary<string, string>();
            finished = await PollAsync(latest, deadline, () => PrintChanges(latest, printed, Label), cancellationToken);
        }

        if (!finished)
        {
            var waiting = latest.Where(kv => kv.Value is not { IsTerminal: true }).Select(kv => kv.Key);
            console.MarkupLineInterpolated($"[yellow]Timed out waiting for: {string.Join(", ", waiting)}[/]");
        }

        return new WatchResult(latest, finished);
    }

    private async Task<bool> PollAsync(
        Dictionary<string, JobView?> latest, DateTimeOffset? deadline, Action render, CancellationToken cancellationToken)
    {
        var lastAnswer = time.GetUtcNow();
        while (true)
        {
            try
            {
                await RefreshAsync(latest, cancellationToken);
                lastAnswer = time.GetUtcNow();
            }
            catch (Exception e) when (IsTransient(e, cancellationToken) && time.GetUtcNow() - lastAnswer < UnreachableLimit)
            {
                // Jobs keep running while the Host is briefly away; the next poll catches up.
            }

            render();
            if (latest.Values.All(v => v is { IsTerminal: true }))
            {
                return true;
            }

            if (deadline is { } d && time.GetUtcNow() >= d)
            {
                return false;
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    private async Task RefreshAsync(Dictionary<string, JobView?> latest, CancellationToken cancellationToken)
    {
        var pending = latest.Where(kv => kv.Value is not { IsTerminal: true }).Select(kv => kv.Key).ToList();
        var responses = await Task.WhenAll(pending.Select(id => api.GetJobAsync(id, cancellationToken)));
        for (var i = 0; i < pending.Count; i++)
        {
            // A job just submitted may not be readable yet; keep polling it until the deadline.
            if (responses[i].StatusCode == HttpStatusCode.NotFound)
            {
                continue;
            }

            latest[pending[i]] = responses[i].GetContentOrThrow();
        }
    }

    private static bool IsTransient(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e switch
        {
            ApiRequestException or HttpRequestException or TaskCanceledException => true,
            ApiException api => (int)api.StatusCode >= 500,
            _ => false,
        };

    private static Table BuildTable(IReadOnlyDictionary<string, JobView?> jobs, Func<string, string> label)
    {
        var table = new Table().RoundedBorder()
            .AddColumns("Job", "Kind", "Status", "Current step", "Steps", "Attempts / last error");
        foreach (var (id, job) in jobs)
        {
            table.AddRow(
                JobFormat.Plain(label(id)),
                JobFormat.Plain(job?.Kind),
                job is null ? new Markup("[grey]waiting…[/]") : JobFormat.Status(job.Status),
                JobFormat.Plain(job?.CurrentStep),
                JobFormat.Plain(job is null ? null : $"{job.StepsDone}/{job.Steps.Count}"),
                JobFormat.Plain(job is null ? null : JobFormat.AttemptsAndError(job)));
        }

        return table;
    }

    private void PrintChanges(IReadOnlyDictionary<string, JobView?> jobs, Dictionary<string, string> printed, Func<string, string> label)
    {
        foreach (var (id, job) in jobs)
        {
            if (job is null)
            {
                continue;
            }

            var line = $"{label(id)}  {job.Status}  {job.CurrentStep ?? "-"}  {job.StepsDone}/{job.Steps.Count}  {JobFormat.AttemptsAndError(job)}".TrimEnd();
            if (printed.TryGetValue(id, out var previous) && previous == line)
            {
                continue;
            }

            printed[id] = line;
            // Straight to the writer: a log line must not be wrapped at the 80 columns assumed without a terminal.
            console.Profile.Out.Writer.WriteLine($"{time.GetLocalNow():HH:mm:ss}  {line}");
        }
    }
}

public sealed record WatchResult(IReadOnlyDictionary<string, JobView?> Jobs, bool AllTerminal)
{
    public bool AllCompleted => Jobs.Values.All(j => j is not null && JobStatuses.Is(j.Status, JobStatuses.Completed));
}
