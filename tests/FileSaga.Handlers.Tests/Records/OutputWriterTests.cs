using System.Security.Cryptography;
using System.Text.Json;
using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Records;

public sealed class OutputWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<SaveResult> Save(string processed) =>
        OutputWriter.SaveAsync(_folder.Write("processed.ndjson", processed), _folder.PathOf("output.json"), CancellationToken.None);

    [Fact]
    public async Task saved_output_is_a_json_array_of_the_processed_records()
    {
        var result = await Save("{\"id\":1,\"status\":\"processed\"}\n{\"id\":\"b\",\"data\":\"Zoë\"}\n");
        result.Records.ShouldBe(2);
        using var document = JsonDocument.Parse(File.ReadAllBytes(_folder.PathOf("output.json")));
        var elements = document.RootElement.EnumerateArray().ToList();
        elements.Count.ShouldBe(2);
        JsonLines.SameJson(elements[0], """{"id":1,"status":"processed"}""").ShouldBeTrue();
        JsonLines.SameJson(elements[1], """{"id":"b","data":"Zoë"}""").ShouldBeTrue();
    }

    [Fact]
    public async Task size_and_sha256_describe_the_written_file()
    {
        var result = await Save("{\"id\":1}\n{\"id\":2}\n");
        var bytes = File.ReadAllBytes(_folder.PathOf("output.json"));
        result.Bytes.ShouldBe(bytes.Length);
        result.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public async Task output_is_utf8_without_a_byte_order_mark_one_element_per_line()
    {
        await Save("{\"id\":1}\n{\"id\":2}\n");
        File.ReadAllText(_folder.PathOf("output.json")).ShouldBe("[\n{\"id\":1},\n{\"id\":2}\n]\n");
        File.ReadAllBytes(_folder.PathOf("output.json"))[0].ShouldBe((byte)'[');
    }

    [Fact]
    public async Task no_processed_records_save_an_empty_array()
    {
        var result = await Save("");
        result.Records.ShouldBe(0);
        using var document = JsonDocument.Parse(File.ReadAllBytes(_folder.PathOf("output.json")));
        document.RootElement.GetArrayLength().ShouldBe(0);
    }
}
