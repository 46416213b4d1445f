namespace SampleServer.Faults;

/// <summary>Applies the first matching fault rule before the endpoint runs (for an upload drop: after it ran).</summary>
public sealed class FaultInjectionMiddleware(RequestDelegate next, FaultStore faults, ILogger<FaultInjectionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var route = FaultTargets.RouteOf(http.Request);
        var rule = route is null ? null : faults.TryHit(route, http.Request);
        if (rule is null)
        {
            await next(http);
            return;
        }

        logger.LogWarning("Injecting {FaultMode} fault {FaultId} into {Method} {Path} (fired {Fired} times)",
            rule.Mode, rule.Id, http.Request.Method, http.Request.Path, rule.Fired);
        switch (rule.Mode)
        {
            case FaultTargets.Error:
                await WriteProblemAsync(http, rule, $"Fault rule {rule.Id} injected a {rule.Status} error into this {route} request.");
                break;
            case FaultTargets.Timeout:
                if (await DelayAsync(rule.DelayMs, http.RequestAborted))
                {
                    await WriteProblemAsync(http, rule, $"Fault rule {rule.Id} held this {route} request for {rule.DelayMs} ms, then timed it out.");
                }

                break;
            case FaultTargets.Slow:
                if (await DelayAsync(rule.DelayMs, http.RequestAborted))
                {
                    await next(http);
                }

                break;
            case FaultTargets.Drop when route == FaultTargets.Upload:
                await RunThenDropAsync(http);
                break;
            default:
                http.Abort();
                break;
        }
    }

    /// <summary>The upload is stored and indexed, but the client never hears so: what Idempotency-Key is for.</summary>
    private async Task RunThenDropAsync(HttpContext http)
    {
        var body = http.Response.Body;
        http.Response.Body = Stream.Null;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
            http.Abort();
        }
    }

    /// <returns>false when the client gave up first.</returns>
    private static async Task<bool> DelayAsync(int delayMs, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(delayMs, aborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static Task WriteProblemAsync(HttpContext http, FaultRuleView rule, string detail) =>
        TypedResults.Problem(
            detail,
            statusCode: rule.Status,
            title: "Injected fault",
            extensions: new Dictionary<string, object?> { ["fault_id"] = rule.Id, ["fault_mode"] = rule.Mode })
        .ExecuteAsync(http);
}
