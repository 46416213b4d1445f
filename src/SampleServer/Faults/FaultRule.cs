using System.Text.Json.Serialization;
using SampleServer.Hosting;

namespace SampleServer.Faults;

/// <summary>The body of <c>POST /faults</c>; unknown fields are refused so a typo never yields a rule that silently does nothing.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FaultRuleRequest(string? Route, string? Mode, int? Status, double? Rate, int? Count, int? DelayMs, string? Match)
{
    public const int MaxDelayMs = 3_600_000;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Route is null || !FaultTargets.Routes.Contains(Route))
        {
            errors["route"] = [$"must be one of {string.Join(", ", FaultTargets.Routes)}; got '{Route}'."];
        }

        if (Mode is null || !FaultTargets.Modes.Contains(Mode))
        {
            errors["mode"] = [$"must be one of {string.Join(", ", FaultTargets.Modes)}; got '{Mode}'."];
        }

        if (Status is < 400 or > 599)
        {
            errors["status"] = [$"must be an HTTP error status from 400 to 599; got {Status}."];
        }

        if (Rate is < 0 or > 1 || (Rate is { } rate && double.IsNaN(rate)))
        {
            errors["rate"] = [$"must be a probability from 0 to 1; got {Rate}."];
        }

        if (Count is < 0)
        {
            errors["count"] = [$"must be zero or more; got {Count}."];
        }

        if (DelayMs is < 0 or > MaxDelayMs)
        {
            errors["delay_ms"] = [$"must be from 0 to {MaxDelayMs}; got {DelayMs}."];
        }

        return errors;
    }
}

/// <summary>A stored rule, its defaults filled in, with how often it has fired.</summary>
public sealed record FaultRuleView(
    string Id, string Route, string Mode, int? Status, double Rate, int? Count, int DelayMs, string? Match, int Fired, DateTimeOffset CreatedAt);

internal sealed class FaultRule(string id, FaultRuleRequest request, DateTimeOffset createdAt)
{
    public string Id { get; } = id;
    public string Route { get; } = request.Route!;
    public string Mode { get; } = request.Mode!;
    /// <summary>The answer's status for error and timeout; slow and drop send none of their own.</summary>
    public int? Status { get; } = request.Status ?? request.Mode switch
    {
        FaultTargets.Error => 500,
        FaultTargets.Timeout => 504,
        _ => null,
    };
    public double Rate { get; } = request.Rate ?? 1;
    public int? Count { get; } = request.Count;
    public int DelayMs { get; } = request.DelayMs ?? request.Mode switch
    {
        FaultTargets.Timeout => 30_000,
        FaultTargets.Slow => 2_000,
        _ => 0,
    };

    public string? Match { get; } = string.IsNullOrEmpty(request.Match) ? null : request.Match;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public int Fired { get; set; }

    public bool Exhausted => Count is { } count && Fired >= count;

    public bool Applies(string route, HttpRequest request) =>
        (Route == FaultTargets.Any || Route == route)
        && (Match is null
            || (request.Path.Value?.Contains(Match, StringComparison.Ordinal) ?? false)
            || (request.QueryString.Value?.Contains(Match, StringComparison.Ordinal) ?? false)
            || request.Headers[SampleHeaders.IdempotencyKey].ToString().Contains(Match, StringComparison.Ordinal));

    public FaultRuleView ToView() => new(Id, Route, Mode, Status, Rate, Count, DelayMs, Match, Fired, CreatedAt);
}
