using System.Text.Json;
using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Records;

public sealed class RecordProcessorTests : IDisposable
{
    private static readonly DateTimeOffset ProcessedAt = new(2025, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(ProcessResult Result, List<JsonElement> Processed, List<JsonElement> Rejected)> Process(params string[] parsedLines)
    {
        var parsed = _folder.Write("parsed.ndjson", string.Join('\n', parsedLines) + "\n");
        var processed = _folder.PathOf("processed.ndjson");
        var rejected = _folder.PathOf("rejected.ndjson");
        var result = await RecordProcessor.ProcessAsync(parsed, processed, rejected, ProcessedAt, CancellationToken.None);
        return (result, JsonLines.Read(processed), JsonLines.Read(rejected));
    }

    [Fact]
    public async Task null_empty_and_blank_records_are_rejected_with_reasons()
    {
        var (result, processed, rejected) = await Process(
            """{"n":1,"data":null}""",
            """{"n":2,"data":{}}""",
            """{"n":3,"data":[]}""",
            """{"n":4,"data":"  "}""",
            """{"n":5,"data":{"x":1}}""",
            """{"n":6,"data":"text"}""",
            """{"n":7,"data":0}""");
        result.ShouldBe(new ProcessResult(3, 4));
        processed.Select(line => line.GetProperty("id").GetInt64()).ShouldBe([5, 6, 7]);
        rejected.Select(line => line.GetProperty("n").GetInt64()).ShouldBe([1, 2, 3, 4]);
        rejected.Select(line => line.GetProperty("reason").GetString()).ShouldBe(
            ["data is null", "data is an empty object", "data is an empty array", "data is a blank string"]);
        JsonLines.SameJson(rejected[3].GetProperty("data"), "\"  \"").ShouldBeTrue();
    }

    [Fact]
    public async Task records_marked_invalid_by_the_parser_are_rejected_with_their_reason_and_raw_text()
    {
        var (result, _, rejected) = await Process("""{"n":4,"invalid":"line 5 has 3 fields but the header has 2","raw":"a,b,c"}""");
        result.ShouldBe(new ProcessResult(0, 1));
        JsonLines.SameJson(rejected[0], """{"n":4,"reason":"line 5 has 3 fields but the header has 2","raw":"a,b,c"}""").ShouldBeTrue();
    }

    [Fact]
    public async Task id_is_the_records_own_string_or_number_id_else_its_number()
    {
        var (_, processed, _) = await Process(
            """{"n":1,"data":{"id":"abc"}}""",
            """{"n":2,"data":{"id":42}}""",
            """{"n":3,"data":{"id":{"nested":1}}}""",
            """{"n":4,"data":{"name":"no id"}}""",
            """{"n":5,"data":[{"id":9}]}""");
        processed.Select(line => line.GetProperty("id").GetRawText()).ShouldBe(["\"abc\"", "42", "3", "4", "5"]);
    }

    [Fact]
    public async Task accepted_records_carry_processed_at_data_and_status()
    {
        var (_, processed, _) = await Process("""{"n":1,"data":{"name":"Ann","tags":["x"]}}""");
        var record = processed.ShouldHaveSingleItem();
        record.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "processed_at", "data", "status"]);
        record.GetProperty("processed_at").GetDateTimeOffset().ShouldBe(ProcessedAt);
        JsonLines.SameJson(record.GetProperty("data"), """{"name":"Ann","tags":["x"]}""").ShouldBeTrue();
        record.GetProperty("status").GetString().ShouldBe("processed");
    }

    [Fact]
    public async Task nothing_to_process_gives_two_empty_files()
    {
        var (result, processed, rejected) = await Process();
        result.ShouldBe(new ProcessResult(0, 0));
        processed.ShouldBeEmpty();
        rejected.ShouldBeEmpty();
    }
}
