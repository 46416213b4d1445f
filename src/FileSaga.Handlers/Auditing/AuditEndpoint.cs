using FileSaga.Domain.Jobs;
using FileSaga.Handlers.Querying;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace FileSaga.Handlers.Auditing;

/// <summary>One entry of the audit log: an event of any job, in the order the store recorded it.</summary>
public sealed record AuditEntry(long Sequence, string JobId, long Version, string Type, DateTimeOffset Timestamp, object Data);

/// <summary>
/// The audit log across jobs is the event log itself, read in global sequence order: no second copy
/// of every event is written, so the audit can never disagree with what happened.
/// </summary>
public static class AuditEndpoint
{
    [WolverineGet("/api/audit")]
    public static async Task<IResult> GetAudit(
        string? jobId, string? type, string? since, string? until, string? page, string? pageSize, IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var window = Paging.Parse(page, pageSize, since, until, errors);

        var eventType = type is null ? null : JobEventTypes.Find(type);
        if (type is not null && eventType is null)
        {
            errors["type"] = [$"type must be an event name such as {nameof(JobSubmitted)} or {nameof(StepFailed)}, not '{type}'"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid query");
        }

        IQueryable<IEvent> query = session.Events.QueryAllRawEvents();
        if (!string.IsNullOrWhiteSpace(jobId))
        {
            query = query.Where(e => e.StreamKey == jobId);
        }

        if (eventType is not null)
        {
            var name = eventType.Name;
            query = query.Where(e => e.EventTypeName == name);
        }

        if (window.Since is { } f)
        {
            query = query.Where(e => e.Timestamp >= f);
        }

        if (window.Until is { } t)
        {
            query = query.Where(e => e.Timestamp <= t);
        }

        // Statistics are not available on raw event queries: count separately.
        var total = await query.CountAsync(ct);
        var events = await query
            .OrderBy(e => e.Sequence)
            .Skip(window.Skip)
            .Take(window.PageSize)
            .ToListAsync(ct);
        var items = events.Select(e => new AuditEntry(e.Sequence, e.StreamKey!, e.Version, e.EventType.Name, e.Timestamp, e.Data)).ToList();
        return Results.Ok(new Paged<AuditEntry>(items, total, window.Page, window.PageSize));
    }
}
