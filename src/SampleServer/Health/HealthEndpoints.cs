namespace SampleServer.Health;

public sealed record HealthStatus(string Status, string Service, DateTimeOffset Timestamp);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (TimeProvider clock) =>
            TypedResults.Ok(new HealthStatus("healthy", "sample-server", clock.GetUtcNow())));
        return app;
    }
}
