using System.Text;
using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Records;

/// <summary>Inputs far larger than the read buffers, so whole-file reads would show up as missing or merged records.</summary>
public sealed class LargeInputTests : IDisposable
{
    private const int Rows = 200_000;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Generate(string name, string head, Func<int, string> row, string separator, string tail)
    {
        var path = _folder.PathOf(name);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(head);
        for (var i = 0; i < Rows; i++)
        {
            writer.Write(i == 0 ? "" : separator);
            writer.Write(row(i));
        }

        writer.Write(tail);
        return path;
    }

    [Fact]
    public async Task large_json_array_is_read_record_by_record()
    {
        var input = Generate("input.json", "[\n", i => $"{{\"id\":{i},\"name\":\"user {i}\",\"tags\":[\"a\",\"b\"]}}", ",\n", "\n]\n");
        (await FileValidator.InspectAsync(input, "big.json", CancellationToken.None)).Records.ShouldBe(Rows);
        var parsed = await RecordParser.ParseAsync(input, FileFormat.Json, _folder.PathOf("parsed.ndjson"), CancellationToken.None);
        parsed.Records.ShouldBe(Rows);
    }

    [Fact]
    public async Task large_csv_is_read_record_by_record()
    {
        var input = Generate("input.csv", "id,name,note\n", i => $"{i},user {i},\"note, with \"\"quotes\"\"\"", "\n", "\n");
        (await FileValidator.InspectAsync(input, "big.csv", CancellationToken.None)).Records.ShouldBe(Rows);
        var parsed = await RecordParser.ParseAsync(input, FileFormat.Csv, _folder.PathOf("parsed.ndjson"), CancellationToken.None);
        parsed.ShouldBe(parsed with { Records = Rows, InvalidRecords = 0 });
    }
}
