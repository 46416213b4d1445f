using System.Diagnostics;

namespace SampleServer.Tests;

public sealed class FaultTests : ServerTest
{
    [Fact]
    public async Task an_error_fault_answers_with_its_status_and_a_problem_saying_it_was_injected()
    {
        var rule = await AddFaultAsync(new { route = "download", mode = "error", status = 503 });

        var problem = await (await Client.GetAsync("/sample-data/posts")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);

        problem.Str("title").ShouldBe("Injected fault");
        problem.Str("detail").ShouldContain("injected");
        problem.Str("fault_id").ShouldBe(rule.Str("id"));
        (await Client.GetAsync("/sample-data/files/posts.json")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task a_rule_for_every_route_never_touches_health_faults_or_listings()
    {
        await AddFaultAsync(new { route = "*", mode = "error" });

        (await Client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetAsync("/faults")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetAsync("/uploads")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetAsync("/webhooks")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetAsync("/sample-data/users")).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await Client.UploadAsync([1])).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await Client.DeleteAsync("/rollback/x")).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await Client.PostJsonAsync("/webhook", new { a = 1 })).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        Directory.GetFiles(UploadsDirectory).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_rule_only_hits_its_own_route()
    {
        await AddFaultAsync(new { route = "webhook", mode = "error" });

        (await Client.GetAsync("/sample-data/posts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.UploadAsync([1])).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Client.PostJsonAsync("/webhook", new { a = 1 })).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task count_limits_how_often_a_rule_fires_and_the_list_shows_it()
    {
        var rule = await AddFaultAsync(new { route = "upload", mode = "error", status = 502, count = 2 });

        (await Client.UploadAsync([1])).StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        (await Client.UploadAsync([1])).StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        (await Client.UploadAsync([1])).StatusCode.ShouldBe(HttpStatusCode.Created);

        var listed = (await (await Client.GetAsync("/faults")).ShouldBeJsonAsync()).EnumerateArray().ShouldHaveSingleItem();
        listed.Str("id").ShouldBe(rule.Str("id"));
        listed.GetProperty("fired").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task match_targets_only_requests_carrying_the_text()
    {
        await AddFaultAsync(new { route = "upload", mode = "error", match = "job-42" });

        (await Client.UploadAsync([1], idempotencyKey: "job-7:upload")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Client.UploadAsync([1], idempotencyKey: "job-42:upload")).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await Client.GetAsync("/sample-data/generate?format=csv&rows=1&tag=job-42")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task match_also_looks_at_the_path_and_query_string()
    {
        await AddFaultAsync(new { route = "download", mode = "error", match = "rows=13" });
        await AddFaultAsync(new { route = "rollback", mode = "error", status = 409, match = "abc" });

        (await Client.GetAsync("/sample-data/generate?format=csv&rows=13")).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await Client.GetAsync("/sample-data/generate?format=csv&rows=12")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.DeleteAsync("/rollback/abc")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Client.DeleteAsync("/rollback/xyz")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_rate_of_zero_never_fires()
    {
        await AddFaultAsync(new { route = "*", mode = "error", rate = 0.0 });

        for (var i = 0; i < 5; i++)
        {
            (await Client.GetAsync("/sample-data/albums")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await (await Client.GetAsync("/faults")).ShouldBeJsonAsync())[0].GetProperty("fired").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task a_slow_fault_delays_the_answer_but_serves_the_correct_body()
    {
        await AddFaultAsync(new { route = "download", mode = "slow", delay_ms = 300 });
        var expected = await StartServer().CreateClient().GetByteArrayAsync("/sample-data/files/records.csv");

        var clock = Stopwatch.StartNew();
        var body = await Client.GetByteArrayAsync("/sample-data/files/records.csv");

        clock.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(250);
        body.ShouldBe(expected);
    }

    [Fact]
    public async Task a_timeout_fault_holds_the_request_then_answers_504()
    {
        await AddFaultAsync(new { route = "rollback", mode = "timeout", delay_ms = 100 });

        var problem = await (await Client.DeleteAsync("/rollback/anything")).ShouldBeProblemAsync(HttpStatusCode.GatewayTimeout);

        problem.Str("fault_mode").ShouldBe("timeout");
    }

    [Fact]
    public async Task a_drop_fault_aborts_the_connection_without_an_answer()
    {
        var client = StartKestrelClient();
        (await client.PostJsonAsync("/faults", new { route = "webhook", mode = "drop" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var fresh = OnNewConnection(client);
        await Should.ThrowAsync<HttpRequestException>(() => fresh.PostJsonAsync("/webhook", new { notification_id = "n-1" }));

        (await (await client.GetAsync("/webhooks")).ShouldBeJsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task a_dropped_upload_is_stored_so_a_retry_with_the_same_key_gets_it()
    {
        var client = StartKestrelClient();
        (await client.PostJsonAsync("/faults", new { route = "upload", mode = "drop", count = 1 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var fresh = OnNewConnection(client);
        await Should.ThrowAsync<HttpRequestException>(() => fresh.UploadAsync(UploadClient.Bytes(50_000), idempotencyKey: "job-8:upload"));
        var retry = await (await client.UploadAsync(UploadClient.Bytes(50_000), idempotencyKey: "job-8:upload")).ShouldBeJsonAsync(HttpStatusCode.OK);

        retry.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        retry.Str("sha256").ShouldBe(UploadClient.Sha256(UploadClient.Bytes(50_000)));
        Directory.GetFiles(UploadsDirectory, "*.bin").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task deleting_one_rule_stops_it_and_leaves_the_others()
    {
        var upload = await AddFaultAsync(new { route = "upload", mode = "error" });
        await AddFaultAsync(new { route = "webhook", mode = "error" });

        (await Client.DeleteAsync($"/faults/{upload.Str("id")}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Client.UploadAsync([1])).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Client.PostJsonAsync("/webhook", new { a = 1 })).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        await (await Client.DeleteAsync($"/faults/{upload.Str("id")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task deleting_all_rules_restores_normal_service()
    {
        await AddFaultAsync(new { route = "*", mode = "error" });
        await AddFaultAsync(new { route = "download", mode = "drop" });

        var cleared = await (await Client.DeleteAsync("/faults")).ShouldBeJsonAsync();

        cleared.GetProperty("removed").GetInt32().ShouldBe(2);
        (await (await Client.GetAsync("/faults")).ShouldBeJsonAsync()).GetArrayLength().ShouldBe(0);
        (await Client.GetAsync("/sample-data/posts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // HttpClient may resend a request when a reused connection closes before any answer; on a new connection the drop always shows.
    private static HttpClient OnNewConnection(HttpClient client) => new() { BaseAddress = client.BaseAddress };

    private async Task<JsonElement> AddFaultAsync(object rule) =>
        await (await Client.PostJsonAsync("/faults", rule)).ShouldBeJsonAsync(HttpStatusCode.Created);
}
