namespace SampleServer.Tests;

public sealed class HealthTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task health_reports_a_healthy_sample_server()
    {
        var health = await (await server.Client.GetAsync("/health")).ShouldBeJsonAsync();

        health.Str("status").ShouldBe("healthy");
        health.Str("service").ShouldBe("sample-server");
        health.GetProperty("timestamp").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task unknown_route_is_a_404_problem()
    {
        await (await server.Client.GetAsync("/no-such-route")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
