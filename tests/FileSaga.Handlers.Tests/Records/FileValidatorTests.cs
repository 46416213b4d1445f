using System.Text;
using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Records;

public sealed class FileValidatorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<FileInspection> Inspect(string fileName, string content) =>
        FileValidator.InspectAsync(_folder.Write("input", content), fileName, CancellationToken.None);

    [Fact]
    public async Task json_array_counts_its_elements()
    {
        var inspection = await Inspect("a.json", """[{"id":1},{"id":2},3,"four"]""");
        inspection.ShouldBe(new FileInspection(FileFormat.Json, 4));
    }

    [Fact]
    public async Task json_empty_array_holds_no_records() =>
        (await Inspect("a.json", " [ ] ")).Records.ShouldBe(0);

    [Fact]
    public async Task json_single_object_is_one_record()
    {
        var inspection = await Inspect("a.json", "{\n  \"id\": 1,\n  \"tags\": [\"x\"]\n}\n");
        inspection.ShouldBe(new FileInspection(FileFormat.Json, 1));
    }

    [Fact]
    public async Task json_single_line_object_is_one_record() =>
        (await Inspect("a.json", "{\"id\":1}\n\n")).ShouldBe(new FileInspection(FileFormat.Json, 1));

    [Fact]
    public async Task json_file_with_one_value_per_line_is_read_as_ndjson()
    {
        var inspection = await Inspect("a.json", "{\"id\":1}\n{\"id\":2}\n\n{\"id\":3}\n");
        inspection.ShouldBe(new FileInspection(FileFormat.Ndjson, 3));
    }

    [Theory]
    [InlineData("events.ndjson")]
    [InlineData("events.jsonl")]
    public async Task ndjson_counts_non_blank_lines(string fileName)
    {
        var inspection = await Inspect(fileName, "{\"id\":1}\n\n[1,2]\n  \n\"text\"\r\n{\"id\":4}");
        inspection.ShouldBe(new FileInspection(FileFormat.Ndjson, 4));
    }

    [Fact]
    public async Task csv_counts_data_rows_even_when_quoted_fields_span_lines()
    {
        var inspection = await Inspect("a.csv", "id,note\n1,\"two\nlines\"\n2,plain\n");
        inspection.ShouldBe(new FileInspection(FileFormat.Csv, 2));
    }

    [Fact]
    public async Task csv_with_only_a_header_holds_no_records() =>
        (await Inspect("a.csv", "id,name\n")).Records.ShouldBe(0);

    [Fact]
    public async Task csv_ragged_rows_still_count_as_records() =>
        (await Inspect("a.csv", "a,b\n1,2\n3\n4,5,6\n")).Records.ShouldBe(3);

    [Fact]
    public async Task xml_counts_the_children_of_the_root_element()
    {
        var inspection = await Inspect("a.xml", "<?xml version=\"1.0\"?>\n<!-- export -->\n<rows><row id=\"1\"/><row><a>x</a></row>\n<other/></rows>\n");
        inspection.ShouldBe(new FileInspection(FileFormat.Xml, 3));
    }

    [Fact]
    public async Task xml_with_an_empty_root_holds_no_records() =>
        (await Inspect("a.xml", "<rows/>")).Records.ShouldBe(0);

    [Theory]
    [InlineData("a\nb\nc\n", 3)]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\r\n\r\nc\r\n", 3)]
    [InlineData("only line", 1)]
    public async Task text_counts_lines_and_a_final_newline_starts_no_record(string content, long records) =>
        (await Inspect("a.txt", content)).ShouldBe(new FileInspection(FileFormat.Text, records));

    [Fact]
    public async Task utf8_byte_order_mark_is_not_content()
    {
        var path = _folder.WriteBytes("input", [.. Encoding.UTF8.GetPreamble(), .. "id,name\n1,Ann\n"u8]);
        (await FileValidator.InspectAsync(path, "a.csv", CancellationToken.None)).Records.ShouldBe(1);
    }

    [Fact]
    public async Task utf16_json_with_a_byte_order_mark_is_read()
    {
        var path = _folder.WriteBytes("input", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("[{\"name\":\"Zoë\"},2]")]);
        (await FileValidator.InspectAsync(path, "a.json", CancellationToken.None)).Records.ShouldBe(2);
    }
}
