namespace SampleServer.Tests;

public sealed class UploadTests : ServerTest
{
    [Fact]
    public async Task upload_stores_the_file_under_a_server_name_and_reports_size_and_sha256()
    {
        var content = UploadClient.Bytes(100_000);

        var receipt = await (await Client.UploadAsync(content, "orders.csv")).ShouldBeJsonAsync(HttpStatusCode.Created);

        receipt.Str("status").ShouldBe("uploaded");
        receipt.Str("filename").ShouldBe("orders.csv");
        receipt.GetProperty("file_size").GetInt64().ShouldBe(content.Length);
        receipt.Str("sha256").ShouldBe(UploadClient.Sha256(content));
        receipt.GetProperty("duplicate").GetBoolean().ShouldBeFalse();
        receipt.GetProperty("uploaded_at").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        (await File.ReadAllBytesAsync(Path.Combine(UploadsDirectory, $"{receipt.Str("upload_id")}.bin"))).ShouldBe(content);
    }

    [Fact]
    public async Task uploads_are_listed_newest_first_and_found_by_id()
    {
        var first = await (await Client.UploadAsync([1], "first.csv")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var second = await (await Client.UploadAsync([2], "second.csv")).ShouldBeJsonAsync(HttpStatusCode.Created);

        var list = await (await Client.GetAsync("/uploads")).ShouldBeJsonAsync();
        var one = await (await Client.GetAsync($"/uploads/{first.Str("upload_id")}")).ShouldBeJsonAsync();

        list.EnumerateArray().Select(u => u.Str("upload_id")).ShouldBe([second.Str("upload_id"), first.Str("upload_id")]);
        one.Str("filename").ShouldBe("first.csv");
        one.Str("sha256").ShouldBe(first.Str("sha256"));
    }

    [Fact]
    public async Task an_unknown_upload_id_is_a_404_problem()
    {
        await (await Client.GetAsync("/uploads/does-not-exist")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task the_same_idempotency_key_twice_returns_the_same_upload_and_stores_one_copy()
    {
        var first = await (await Client.UploadAsync(UploadClient.Bytes(5000), idempotencyKey: "job-1:upload")).ShouldBeJsonAsync(HttpStatusCode.Created);
        using var again = await Client.UploadAsync(UploadClient.Bytes(5000), idempotencyKey: "job-1:upload");
        var second = await again.ShouldBeJsonAsync(HttpStatusCode.OK);

        second.Str("upload_id").ShouldBe(first.Str("upload_id"));
        second.Str("sha256").ShouldBe(first.Str("sha256"));
        second.GetProperty("uploaded_at").GetDateTimeOffset().ShouldBe(first.GetProperty("uploaded_at").GetDateTimeOffset());
        second.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        Directory.GetFiles(UploadsDirectory, "*.bin").Length.ShouldBe(1);
    }

    [Fact]
    public async Task concurrent_uploads_with_the_same_key_end_with_one_stored_upload()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Client.UploadAsync(UploadClient.Bytes(200_000), idempotencyKey: "job-2:upload")));

        var ids = new HashSet<string>();
        foreach (var response in responses)
        {
            ids.Add((await response.ShouldBeJsonAsync(response.StatusCode)).Str("upload_id"));
            response.IsSuccessStatusCode.ShouldBeTrue();
        }

        ids.Count.ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        Directory.GetFiles(UploadsDirectory, "*.bin").Length.ShouldBe(1);
        Directory.GetFiles(UploadsDirectory, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public async Task different_keys_store_different_uploads()
    {
        var a = await (await Client.UploadAsync([1, 2, 3], idempotencyKey: "job-3:upload")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var b = await (await Client.UploadAsync([1, 2, 3], idempotencyKey: "job-4:upload")).ShouldBeJsonAsync(HttpStatusCode.Created);

        b.Str("upload_id").ShouldNotBe(a.Str("upload_id"));
        Directory.GetFiles(UploadsDirectory, "*.bin").Length.ShouldBe(2);
    }

    [Fact]
    public async Task a_file_over_the_cap_is_refused_with_413_and_nothing_is_left_on_disk()
    {
        var client = StartServer(maxUploadBytes: 1024).CreateClient();

        using var response = await client.UploadAsync(UploadClient.Bytes(4096), idempotencyKey: "job-5:upload");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Directory.GetFiles(UploadsDirectory).ShouldBeEmpty();
        (await client.UploadAsync(UploadClient.Bytes(1024), idempotencyKey: "job-5:upload")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task a_form_without_the_file_field_is_a_400_naming_the_field()
    {
        await (await Client.UploadAsync([1, 2], field: "document")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
        Directory.GetFiles(UploadsDirectory).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_body_that_is_not_multipart_is_a_400_naming_the_file_field()
    {
        await (await Client.PostRawAsync("/upload", "{\"file\": \"abc\"}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\win.ini", "win.ini")]
    [InlineData("..", "upload.bin")]
    [InlineData("report\u0001.csv", "report.csv")]
    public async Task a_hostile_client_file_name_is_kept_only_as_sanitised_metadata(string clientName, string kept)
    {
        var receipt = await (await Client.UploadAsync([42], clientName)).ShouldBeJsonAsync(HttpStatusCode.Created);

        receipt.Str("filename").ShouldBe(kept);
        Directory.GetFiles(DataRoot, "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .ShouldBe([$"{receipt.Str("upload_id")}.bin", $"{receipt.Str("upload_id")}.json"], ignoreOrder: true);
        File.Exists(Path.Combine(DataRoot, "..", "etc", "passwd")).ShouldBeFalse();
    }

    [Fact]
    public async Task the_upload_index_survives_a_restart()
    {
        var first = StartServer();
        var receipt = await (await first.CreateClient().UploadAsync([7, 7, 7], "kept.csv", "job-6:upload")).ShouldBeJsonAsync(HttpStatusCode.Created);
        await first.DisposeAsync();

        var restarted = StartServer().CreateClient();

        var found = await (await restarted.GetAsync($"/uploads/{receipt.Str("upload_id")}")).ShouldBeJsonAsync();
        found.Str("filename").ShouldBe("kept.csv");
        found.Str("sha256").ShouldBe(receipt.Str("sha256"));
        var replay = await (await restarted.UploadAsync([7, 7, 7], idempotencyKey: "job-6:upload")).ShouldBeJsonAsync(HttpStatusCode.OK);
        replay.Str("upload_id").ShouldBe(receipt.Str("upload_id"));
        replay.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task a_restart_removes_files_left_by_uploads_that_never_committed()
    {
        Directory.CreateDirectory(UploadsDirectory);
        await File.WriteAllBytesAsync(Path.Combine(UploadsDirectory, "half.bin.tmp"), [1]);
        await File.WriteAllBytesAsync(Path.Combine(UploadsDirectory, "orphan.bin"), [1]);

        (await (await Client.GetAsync("/uploads")).ShouldBeJsonAsync()).GetArrayLength().ShouldBe(0);

        Directory.GetFiles(UploadsDirectory).ShouldBeEmpty();
    }
}
