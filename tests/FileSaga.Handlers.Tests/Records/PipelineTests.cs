using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Records;

/// <summary>Validate, parse, process and save one after another on real files, as the steps run them.</summary>
public sealed class PipelineTests : IDisposable
{
    private static readonly DateTimeOffset ProcessedAt = new(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(1));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(ParseResult Parsed, ProcessResult Processed, SaveResult Saved)> Run(string input, string fileName)
    {
        var inspection = await FileValidator.InspectAsync(input, fileName, CancellationToken.None);
        var parsed = await RecordParser.ParseAsync(input, inspection.Format, _folder.PathOf("parsed.ndjson"), CancellationToken.None);
        inspection.Records.ShouldBe(parsed.Records);
        var processed = await RecordProcessor.ProcessAsync(
            _folder.PathOf("parsed.ndjson"), _folder.PathOf("processed.ndjson"), _folder.PathOf("rejected.ndjson"), ProcessedAt, CancellationToken.None);
        var saved = await OutputWriter.SaveAsync(_folder.PathOf("processed.ndjson"), _folder.PathOf("output.json"), CancellationToken.None);
        return (parsed, processed, saved);
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(_folder.Root).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

    [Fact]
    public async Task ragged_csv_rows_are_rejected_by_processing_with_their_reason()
    {
        var input = _folder.Write("input", "id,name\n1,Ann\n2\n3,Cy,extra\n4,Di\n");
        var (parsed, processed, saved) = await Run(input, "people.csv");
        parsed.InvalidRecords.ShouldBe(2);
        processed.ShouldBe(new ProcessResult(2, 2));
        saved.Records.ShouldBe(2);
        JsonLines.Read(_folder.PathOf("rejected.ndjson")).Select(line => line.GetProperty("reason").GetString()).ShouldBe(
            ["line 3 has 1 fields but the header has 2", "line 4 has 3 fields but the header has 2"]);
    }

    [Theory]
    [InlineData("a.json", """[{"id":"x1","v":1},{},null,{"v":3}]""")]
    [InlineData("a.jsonl", "{\"id\":1}\n\"\"\n{\"id\":2}\n")]
    [InlineData("a.csv", "id,name\n1,\"A, B\"\n2\n")]
    [InlineData("a.xml", "<rows><row id=\"1\"><v>1</v></row><row/></rows>")]
    [InlineData("a.txt", "one\n\nthree\n")]
    public async Task running_parse_process_and_save_twice_gives_identical_files(string fileName, string content)
    {
        var input = _folder.Write("input", content);
        var first = await Run(input, fileName);
        var filesAfterFirstRun = Snapshot();
        var second = await Run(input, fileName);
        second.ShouldBe(first);
        var filesAfterSecondRun = Snapshot();
        filesAfterSecondRun.Keys.ShouldBe(filesAfterFirstRun.Keys, ignoreOrder: true);
        foreach (var (name, bytes) in filesAfterFirstRun)
        {
            filesAfterSecondRun[name].ShouldBe(bytes, name);
        }
    }
}
