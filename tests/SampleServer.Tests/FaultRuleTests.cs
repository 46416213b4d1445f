namespace SampleServer.Tests;

public sealed class FaultRuleTests : ServerTest
{
    [Fact]
    public async Task a_stored_rule_has_an_id_and_its_defaults_filled_in()
    {
        using var response = await Client.PostJsonAsync("/faults", new { route = "upload", mode = "timeout" });

        var rule = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        rule.Str("id").ShouldNotBeNullOrEmpty();
        response.Headers.Location!.ToString().ShouldBe($"/faults/{rule.Str("id")}");
        rule.GetProperty("status").GetInt32().ShouldBe(504);
        rule.GetProperty("delay_ms").GetInt32().ShouldBe(30_000);
        rule.GetProperty("rate").GetDouble().ShouldBe(1);
        rule.GetProperty("count").ValueKind.ShouldBe(JsonValueKind.Null);
        rule.GetProperty("fired").GetInt32().ShouldBe(0);
        (await (await Client.GetAsync($"/faults/{rule.Str("id")}")).ShouldBeJsonAsync()).Str("mode").ShouldBe("timeout");
    }

    [Theory]
    [InlineData("""{"route": "downloads", "mode": "error"}""", "route")]
    [InlineData("""{"mode": "error"}""", "route")]
    [InlineData("""{"route": "upload", "mode": "explode"}""", "mode")]
    [InlineData("""{"route": "upload"}""", "mode")]
    [InlineData("""{"route": "upload", "mode": "error", "rate": 1.5}""", "rate")]
    [InlineData("""{"route": "upload", "mode": "error", "rate": -0.1}""", "rate")]
    [InlineData("""{"route": "upload", "mode": "error", "status": 200}""", "status")]
    [InlineData("""{"route": "upload", "mode": "error", "status": 600}""", "status")]
    [InlineData("""{"route": "upload", "mode": "error", "count": -1}""", "count")]
    [InlineData("""{"route": "upload", "mode": "slow", "delay_ms": -5}""", "delay_ms")]
    [InlineData("""{"route": "upload", "mode": "error", "rate": "often"}""", "rate")]
    [InlineData("""{"route": "upload", "mode": "error", "delay": 5}""", "delay")]
    [InlineData("""not json""", "body")]
    [InlineData("""null""", "body")]
    public async Task an_invalid_rule_is_a_400_naming_the_field(string body, string field)
    {
        await (await Client.PostRawAsync("/faults", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);

        (await (await Client.GetAsync("/faults")).ShouldBeJsonAsync()).GetArrayLength().ShouldBe(0);
    }
}
