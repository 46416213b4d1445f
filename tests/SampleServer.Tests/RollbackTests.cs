namespace SampleServer.Tests;

public sealed class RollbackTests : ServerTest
{
    [Fact]
    public async Task rollback_by_id_deletes_the_stored_file_and_its_index_entry()
    {
        var id = (await (await Client.UploadAsync([1, 2, 3])).ShouldBeJsonAsync(HttpStatusCode.Created)).Str("upload_id");

        var receipt = await (await Client.DeleteAsync($"/rollback/{id}")).ShouldBeJsonAsync();

        receipt.Str("upload_id").ShouldBe(id);
        receipt.Str("status").ShouldBe("rolled_back");
        receipt.GetProperty("rolled_back_at").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        Directory.GetFiles(UploadsDirectory).ShouldBeEmpty();
        await (await Client.GetAsync($"/uploads/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task rolling_back_twice_answers_404_the_second_time()
    {
        var id = (await (await Client.UploadAsync([1])).ShouldBeJsonAsync(HttpStatusCode.Created)).Str("upload_id");
        (await Client.DeleteAsync($"/rollback/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await Client.DeleteAsync($"/rollback/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task rollback_of_an_unknown_id_is_a_404_problem()
    {
        await (await Client.DeleteAsync("/rollback/never-uploaded")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task rollback_by_idempotency_key_finds_an_upload_whose_answer_was_lost()
    {
        var id = (await (await Client.UploadAsync([9], idempotencyKey: "job-9:upload")).ShouldBeJsonAsync(HttpStatusCode.Created)).Str("upload_id");

        var receipt = await (await Client.DeleteAsync("/rollback?idempotency_key=job-9%3Aupload")).ShouldBeJsonAsync();

        receipt.Str("upload_id").ShouldBe(id);
        Directory.GetFiles(UploadsDirectory).ShouldBeEmpty();
        await (await Client.DeleteAsync("/rollback?idempotency_key=job-9%3Aupload")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task rollback_without_id_or_key_is_a_400_naming_the_key()
    {
        await (await Client.DeleteAsync("/rollback")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "idempotency_key");
    }

    [Fact]
    public async Task after_a_rollback_the_same_key_uploads_anew()
    {
        var first = (await (await Client.UploadAsync([1], idempotencyKey: "job-10:upload")).ShouldBeJsonAsync(HttpStatusCode.Created)).Str("upload_id");
        (await Client.DeleteAsync($"/rollback/{first}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = await (await Client.UploadAsync([1], idempotencyKey: "job-10:upload")).ShouldBeJsonAsync(HttpStatusCode.Created);

        second.Str("upload_id").ShouldNotBe(first);
        second.GetProperty("duplicate").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task a_rollback_survives_a_restart()
    {
        var first = StartServer();
        var client = first.CreateClient();
        var id = (await (await client.UploadAsync([1], idempotencyKey: "job-11:upload")).ShouldBeJsonAsync(HttpStatusCode.Created)).Str("upload_id");
        (await client.DeleteAsync($"/rollback/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await first.DisposeAsync();

        var restarted = StartServer().CreateClient();

        (await (await restarted.GetAsync("/uploads")).ShouldBeJsonAsync()).GetArrayLength().ShouldBe(0);
        await (await restarted.DeleteAsync("/rollback?idempotency_key=job-11%3Aupload")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
