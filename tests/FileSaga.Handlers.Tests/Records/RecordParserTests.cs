using System.Text.Json;
using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Records;

public sealed class RecordParserTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(ParseResult Result, List<JsonElement> Lines)> Parse(FileFormat format, string content)
    {
        var output = _folder.PathOf("parsed.ndjson");
        var result = await RecordParser.ParseAsync(_folder.Write("input", content), format, output, CancellationToken.None);
        return (result, JsonLines.Read(output));
    }

    private static void ShouldHoldData(List<JsonElement> lines, params string[] expected)
    {
        lines.Count.ShouldBe(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            lines[i].GetProperty("n").GetInt64().ShouldBe(i + 1);
            JsonLines.SameJson(lines[i].GetProperty("data"), expected[i]).ShouldBeTrue($"record {i + 1}: {lines[i]}");
        }
    }

    [Fact]
    public async Task json_array_elements_become_numbered_records()
    {
        var (result, lines) = await Parse(FileFormat.Json, """[{"id":1,"tags":["a"]}, null, 3, "four", {}]""");
        result.Records.ShouldBe(5);
        result.InvalidRecords.ShouldBe(0);
        ShouldHoldData(lines, """{"id":1,"tags":["a"]}""", "null", "3", "\"four\"", "{}");
    }

    [Fact]
    public async Task json_single_object_becomes_one_record()
    {
        var (result, lines) = await Parse(FileFormat.Json, "{\n  \"id\": 7,\n  \"name\": \"Zoë\"\n}");
        result.Records.ShouldBe(1);
        ShouldHoldData(lines, """{"id":7,"name":"Zoë"}""");
    }

    [Fact]
    public async Task json_file_with_one_value_per_line_becomes_one_record_per_line()
    {
        var (result, lines) = await Parse(FileFormat.Json, "{\"id\":1}\n{\"id\":2}\n");
        result.Records.ShouldBe(2);
        ShouldHoldData(lines, """{"id":1}""", """{"id":2}""");
    }

    [Fact]
    public async Task ndjson_blank_lines_are_ignored()
    {
        var (result, lines) = await Parse(FileFormat.Ndjson, "\n{\"id\":1}\n\n  \n[1,2]\r\n");
        result.Records.ShouldBe(2);
        ShouldHoldData(lines, """{"id":1}""", "[1,2]");
    }

    [Fact]
    public async Task csv_rows_become_objects_of_strings_keyed_by_the_header()
    {
        var (result, lines) = await Parse(FileFormat.Csv, "id,name,age\r\n1,Ann,42\r\n2,Bob,\r\n");
        result.Records.ShouldBe(2);
        ShouldHoldData(lines, """{"id":"1","name":"Ann","age":"42"}""", """{"id":"2","name":"Bob","age":""}""");
    }

    [Fact]
    public async Task csv_quoted_fields_keep_commas_quotes_and_newlines()
    {
        var (_, lines) = await Parse(FileFormat.Csv, "id,name,note\n1,\"Smith, Ann\",\"she said \"\"hi\"\"\nand left\"\n");
        ShouldHoldData(lines, """{"id":"1","name":"Smith, Ann","note":"she said \"hi\"\nand left"}""");
    }

    [Fact]
    public async Task csv_rows_with_the_wrong_number_of_fields_become_invalid_records()
    {
        var (result, lines) = await Parse(FileFormat.Csv, "a,b\n1,2\n3\n4,5,6\n");
        result.ShouldBe(result with { Records = 3, InvalidRecords = 2 });
        lines[1].GetProperty("n").GetInt64().ShouldBe(2);
        lines[1].GetProperty("invalid").GetString().ShouldBe("line 3 has 1 fields but the header has 2");
        lines[1].GetProperty("raw").GetString().ShouldBe("3");
        lines[2].GetProperty("invalid").GetString().ShouldBe("line 4 has 3 fields but the header has 2");
        lines[2].GetProperty("raw").GetString().ShouldBe("4,5,6");
    }

    [Fact]
    public async Task csv_blank_lines_are_not_records()
    {
        var (result, _) = await Parse(FileFormat.Csv, "a,b\n1,2\n\n3,4\n\n");
        result.ShouldBe(result with { Records = 2, InvalidRecords = 0 });
    }

    [Fact]
    public async Task xml_children_become_objects_with_attributes_nesting_and_repeats()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <orders xmlns:x="urn:x">
              <order id="1" status="open">
                <customer><name>Ann</name><city>Oslo</city></customer>
                <item sku="A">2</item>
                <item sku="B">1</item>
                <note><![CDATA[fragile & <heavy>]]></note>
              </order>
              <order id="2"/>
              <order>plain <b>mixed</b> text</order>
            </orders>
            """;
        var (result, lines) = await Parse(FileFormat.Xml, xml);
        result.Records.ShouldBe(3);
        ShouldHoldData(
            lines,
            """{"@id":"1","@status":"open","customer":{"name":"Ann","city":"Oslo"},"item":[{"@sku":"A","#text":"2"},{"@sku":"B","#text":"1"}],"note":"fragile & <heavy>"}""",
            """{"@id":"2"}""",
            """{"b":"mixed","#text":"plain  text"}""");
    }

    [Fact]
    public async Task text_lines_become_string_records_and_a_blank_middle_line_is_kept()
    {
        var (result, lines) = await Parse(FileFormat.Text, "first\n\nthird\n");
        result.Records.ShouldBe(3);
        ShouldHoldData(lines, "\"first\"", "\"\"", "\"third\"");
    }

    [Fact]
    public async Task text_without_a_final_newline_keeps_its_last_line()
    {
        var (result, lines) = await Parse(FileFormat.Text, "first\nlast");
        result.Records.ShouldBe(2);
        ShouldHoldData(lines, "\"first\"", "\"last\"");
    }

    [Fact]
    public async Task bytes_are_the_size_of_the_written_file_and_no_temporary_file_remains()
    {
        var (result, _) = await Parse(FileFormat.Json, "[1,2,3]");
        result.Bytes.ShouldBe(new FileInfo(_folder.PathOf("parsed.ndjson")).Length);
        File.Exists(_folder.PathOf("parsed.ndjson.tmp")).ShouldBeFalse();
    }

    [Fact]
    public async Task broken_input_leaves_no_output_behind()
    {
        var input = _folder.Write("input", "[1,\n2,,\n3]");
        await Should.ThrowAsync<InvalidFileException>(() =>
            RecordParser.ParseAsync(input, FileFormat.Json, _folder.PathOf("parsed.ndjson"), CancellationToken.None));
        Directory.GetFiles(_folder.Root).ShouldBe([input]);
    }

    [Fact]
    public async Task cancelled_parse_leaves_no_output_behind()
    {
        var input = _folder.Write("input", "[1,2,3]");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() =>
            RecordParser.ParseAsync(input, FileFormat.Json, _folder.PathOf("parsed.ndjson"), cancelled.Token));
        Directory.GetFiles(_folder.Root).ShouldBe([input]);
    }
}
