using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SampleServer.Hosting;

namespace SampleServer.Faults;

public sealed record FaultsCleared(int Removed);

public static class FaultEndpoints
{
    private const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapFaults(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/faults");
        group.MapPost("/", AddAsync);
        group.MapGet("/", (FaultStore faults) => TypedResults.Ok(faults.List()));
        group.MapGet("/{id}", Results<Ok<FaultRuleView>, ProblemHttpResult> (string id, FaultStore faults) =>
            faults.Find(id) is { } rule ? TypedResults.Ok(rule) : Problems.NotFound($"No fault rule with id '{id}'."));
        group.MapDelete("/", (FaultStore faults) => TypedResults.Ok(new FaultsCleared(faults.Clear())));
        group.MapDelete("/{id}", Results<NoContent, ProblemHttpResult> (string id, FaultStore faults) =>
            faults.Remove(id) ? TypedResults.NoContent() : Problems.NotFound($"No fault rule with id '{id}'."));
        return app;
    }

    public static async Task<Results<Created<FaultRuleView>, ValidationProblem>> AddAsync(
        HttpContext http, FaultStore faults, TimeProvider clock, ILogger<FaultStore> logger, CancellationToken ct)
    {
        http.LimitRequestBody(MaxBodyBytes);
        FaultRuleRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<FaultRuleRequest>(http.Request.Body, SampleJson.Options, ct);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return Problems.Invalid(field, $"the fault rule could not be read: {e.Message}");
        }

        if (request is null)
        {
            return Problems.Invalid("body", "send a fault rule as a JSON object {route, mode, status, rate, count, delay_ms, match}.");
        }

        if (request.Validate() is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }

        var rule = faults.Add(request, clock.GetUtcNow());
        logger.LogInformation("Added fault rule {FaultId}: {FaultMode} on {FaultRoute} (match {Match})", rule.Id, rule.Mode, rule.Route, rule.Match);
        return TypedResults.Created($"/faults/{rule.Id}", rule);
    }
}
