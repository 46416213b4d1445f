using FileSaga.Domain.Jobs;
using Marten;
using Marten.Linq;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace FileSaga.Handlers.Querying;

/// <summary>Reads jobs from their projected state documents and raw event streams.</summary>
public static class JobEndpoints
{
    [WolverineGet("/api/jobs/{jobId}")]
    public static async Task<IResult> GetJob(string jobId, IQuerySession session, CancellationToken ct)
    {
        var job = await session.LoadAsync<JobState>(jobId, ct);
        return job is null ? NotFound(jobId) : Results.Ok(JobView.From(job));
    }

    [WolverineGet("/api/jobs")]
    public static async Task<IResult> ListJobs(
        string? status, string? kind, string? since, string? until, string? q, string? page, string? pageSize, IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var window = Paging.Parse(page, pageSize, since, until, errors);

        JobStatus? statusFilter = null;
        if (status is not null)
        {
            if (Enum.TryParse<JobStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                statusFilter = parsed;
            }
            else
            {
                errors["status"] = [$"status must be one of {string.Join(", ", Enum.GetNames<JobStatus>())}"];
            }
        }

        JobKind? kindFilter = null;
        if (kind is not null)
        {
            if (StepNames.TryParseKind(kind, out var parsed))
            {
                kindFilter = parsed;
            }
            else
            {
                errors["kind"] = ["kind must be 'saga' or 'simple'"];
            }
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid query");
        }

        IQueryable<JobState> query = session.Query<JobState>();
        if (statusFilter is { } st)
        {
            query = query.Where(j => j.Status == st);
        }

        if (kindFilter is { } k)
        {
            query = query.Where(j => j.Kind == k);
        }

        if (window.Since is { } f)
        {
            query = query.Where(j => j.SubmittedAt >= f);
        }

        if (window.Until is { } t)
        {
            query = query.Where(j => j.SubmittedAt <= t);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(j => j.Id.Contains(q, StringComparison.OrdinalIgnoreCase)
                || j.FileName.Contains(q, StringComparison.OrdinalIgnoreCase)
                || j.SourceUrl.Contains(q, StringComparison.OrdinalIgnoreCase));
        }

        var items = await ((IMartenQueryable<JobState>)query)
            .Stats(out var stats)
            .OrderByDescending(j => j.SubmittedAt)
            .Skip(window.Skip)
            .Take(window.PageSize)
            .ToListAsync(ct);
        return Results.Ok(new Paged<JobView>([.. items.Select(JobView.From)], stats.TotalResults, window.Page, window.PageSize));
    }

    [WolverineGet("/api/jobs/{jobId}/events")]
    public static async Task<IResult> GetEvents(string jobId, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(jobId, token: ct);
        return events.Count == 0
            ? NotFound(jobId)
            : Results.Ok(events.Select(e => new EventView(e.Sequence, e.Version, e.EventType.Name, e.Timestamp, e.Data)).ToList());
    }

    public static IResult NotFound(string jobId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Job not found", detail: $"No job has the id '{jobId}'.");
}

/// <summary>One event of a job's stream as the API shows it.</summary>
public sealed record EventView(long Sequence, long Version, string Type, DateTimeOffset Timestamp, object Data);
