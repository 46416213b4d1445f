namespace SampleServer.Tests;

public sealed class WebhookTests : ServerTest
{
    private static readonly DateTimeOffset Noon = new(2024, 3, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task a_webhook_is_appended_as_one_json_line_to_the_log_of_its_utc_day()
    {
        var client = StartServer(clock: new FixedClock(Noon)).CreateClient();

        var receipt = await (await client.PostJsonAsync("/webhook", new { notification_id = "n-1", job_id = "job-1", status = "Completed" })).ShouldBeJsonAsync();

        receipt.Str("status").ShouldBe("received");
        receipt.Str("notification_id").ShouldBe("n-1");
        receipt.GetProperty("received_at").GetDateTimeOffset().ShouldBe(Noon);
        receipt.GetProperty("duplicate").GetBoolean().ShouldBeFalse();
        var lines = await File.ReadAllLinesAsync(Path.Combine(LogsDirectory, "webhook_20240315.log"));
        var line = JsonDocument.Parse(lines.ShouldHaveSingleItem()).RootElement;
        line.Str("notification_id").ShouldBe("n-1");
        line.GetProperty("received_at").GetDateTimeOffset().ShouldBe(Noon);
        line.GetProperty("payload").Str("job_id").ShouldBe("job-1");
    }

    [Fact]
    public async Task a_notification_already_received_is_acknowledged_without_a_second_line()
    {
        var first = await (await Client.PostJsonAsync("/webhook", new { notification_id = "n-2", attempt = 1 })).ShouldBeJsonAsync();
        var second = await (await Client.PostJsonAsync("/webhook", new { notification_id = "n-2", attempt = 2 })).ShouldBeJsonAsync();

        second.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        second.Str("received_at").ShouldBe(first.Str("received_at"));
        LogLines().Count.ShouldBe(1);
    }

    [Fact]
    public async Task the_notification_id_can_come_from_the_idempotency_key_header()
    {
        var first = await (await Client.PostJsonAsync("/webhook", new { job_id = "job-3" }, idempotencyKey: "job-3:notify")).ShouldBeJsonAsync();
        var second = await (await Client.PostJsonAsync("/webhook", new { job_id = "job-3" }, idempotencyKey: "job-3:notify")).ShouldBeJsonAsync();

        first.Str("notification_id").ShouldBe("job-3:notify");
        second.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        LogLines().Count.ShouldBe(1);
    }

    [Fact]
    public async Task webhooks_without_any_id_are_each_recorded()
    {
        await (await Client.PostJsonAsync("/webhook", new { n = 1 })).ShouldBeJsonAsync();
        await (await Client.PostJsonAsync("/webhook", new { n = 1 })).ShouldBeJsonAsync();

        LogLines().Count.ShouldBe(2);
    }

    [Fact]
    public async Task deduplication_survives_a_restart()
    {
        var first = StartServer();
        await (await first.CreateClient().PostJsonAsync("/webhook", new { notification_id = "n-4" })).ShouldBeJsonAsync();
        await first.DisposeAsync();

        var again = await (await StartServer().CreateClient().PostJsonAsync("/webhook", new { notification_id = "n-4" })).ShouldBeJsonAsync();

        again.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        LogLines().Count.ShouldBe(1);
    }

    [Fact]
    public async Task received_webhooks_are_listed_newest_first_with_their_payloads()
    {
        var today = StartServer(clock: new FixedClock(Noon));
        await (await today.CreateClient().PostJsonAsync("/webhook", new { notification_id = "a", step = 1 })).ShouldBeJsonAsync();
        await today.DisposeAsync();
        var later = StartServer(clock: new FixedClock(Noon.AddDays(1))).CreateClient();
        await (await later.PostJsonAsync("/webhook", new { notification_id = "b", step = 2 })).ShouldBeJsonAsync();

        var list = await (await later.GetAsync("/webhooks")).ShouldBeJsonAsync();

        list.EnumerateArray().Select(w => w.Str("notification_id")).ShouldBe(["b", "a"]);
        list[1].GetProperty("payload").GetProperty("step").GetInt32().ShouldBe(1);
        Directory.GetFiles(LogsDirectory).Select(Path.GetFileName).ShouldBe(["webhook_20240315.log", "webhook_20240316.log"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_line_torn_by_a_crash_is_skipped_and_does_not_swallow_the_next_webhook()
    {
        Directory.CreateDirectory(LogsDirectory);
        await File.WriteAllTextAsync(Path.Combine(LogsDirectory, "webhook_20240314.log"),
            "{\"received_at\":\"2024-03-14T10:00:00+00:00\",\"notification_id\":\"old\",\"payload\":{}}\n{\"received_at\":\"2024-03-14T1");
        var client = StartServer(clock: new FixedClock(Noon.AddDays(-1))).CreateClient();

        await (await client.PostJsonAsync("/webhook", new { notification_id = "new" })).ShouldBeJsonAsync();

        var list = await (await client.GetAsync("/webhooks")).ShouldBeJsonAsync();
        list.EnumerateArray().Select(w => w.Str("notification_id")).ShouldBe(["new", "old"]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"unterminated\": ")]
    public async Task a_body_that_is_not_a_json_object_is_a_400_naming_the_body(string body)
    {
        await (await Client.PostRawAsync("/webhook", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body");
        LogLines().ShouldBeEmpty();
    }

    private List<string> LogLines() =>
        Directory.Exists(LogsDirectory)
            ? Directory.GetFiles(LogsDirectory, "webhook_*.log").SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToList()
            : [];
}
