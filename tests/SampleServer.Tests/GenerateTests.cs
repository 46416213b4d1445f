using System.Xml.Linq;

namespace SampleServer.Tests;

public sealed class GenerateTests(SharedServer server) : IClassFixture<SharedServer>
{
    public static readonly TheoryData<string, int> FormatsAndRows = new()
    {
        { "json", 0 }, { "json", 1 }, { "json", 2500 },
        { "ndjson", 0 }, { "ndjson", 1 }, { "ndjson", 2500 },
        { "csv", 0 }, { "csv", 1 }, { "csv", 2500 },
        { "xml", 0 }, { "xml", 1 }, { "xml", 2500 },
        { "txt", 0 }, { "txt", 1 }, { "txt", 2500 },
    };

    [Theory]
    [MemberData(nameof(FormatsAndRows))]
    public async Task generate_writes_exactly_the_requested_number_of_records(string format, int rows)
    {
        var text = await server.Client.GetStringAsync($"/sample-data/generate?format={format}&rows={rows}");

        CountRecords(format, text).ShouldBe(rows);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("ndjson")]
    [InlineData("csv")]
    [InlineData("xml")]
    [InlineData("txt")]
    public async Task generate_gives_byte_identical_output_for_the_same_parameters(string format)
    {
        var first = await server.Client.GetByteArrayAsync($"/sample-data/generate?format={format}&rows=1500");
        var second = await server.Client.GetByteArrayAsync($"/sample-data/generate?format={format}&rows=1500");

        second.ShouldBe(first);
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("ndjson", "application/x-ndjson")]
    [InlineData("csv", "text/csv")]
    [InlineData("xml", "application/xml")]
    [InlineData("txt", "text/plain")]
    public async Task generate_names_the_file_and_labels_its_content_type(string format, string mediaType)
    {
        using var response = await server.Client.GetAsync($"/sample-data/generate?format={format}&rows=42");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"generated-42.{format}");
    }

    [Fact]
    public async Task generated_csv_quotes_fields_holding_commas_and_quotes()
    {
        var rows = SampleFileTests.CsvRows(await server.Client.GetStringAsync("/sample-data/generate?format=csv&rows=77"));

        rows.ShouldAllBe(row => row.Length == 7);
        rows.ShouldContain(row => row[2] == "Item 7, deluxe");
        rows.ShouldContain(row => row[2] == "Item 11 \"special\"");
    }

    [Fact]
    public async Task generate_streams_large_outputs_as_it_writes_them()
    {
        using var response = await server.Client.GetAsync("/sample-data/generate?format=ndjson&rows=200000", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var lines = 0L;
        string? last = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            lines++;
            last = line;
        }

        lines.ShouldBe(200000);
        JsonDocument.Parse(last!).RootElement.GetProperty("id").GetInt64().ShouldBe(200000);
    }

    [Theory]
    [InlineData("format=yaml&rows=10", "format")]
    [InlineData("rows=10", "format")]
    [InlineData("format=CSV&rows=10", "format")]
    [InlineData("format=csv&rows=-1", "rows")]
    [InlineData("format=csv&rows=100000001", "rows")]
    [InlineData("format=csv&rows=ten", "rows")]
    [InlineData("format=csv&rows=1.5", "rows")]
    public async Task generate_refuses_a_bad_parameter_and_names_it(string query, string field)
    {
        await (await server.Client.GetAsync($"/sample-data/generate?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    private static int CountRecords(string format, string text) => format switch
    {
        "json" => JsonDocument.Parse(text).RootElement.GetArrayLength(),
        "ndjson" => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line)).Count(),
        "csv" => SampleFileTests.CsvRows(text).Count,
        "xml" => XDocument.Parse(text).Root!.Elements().Count(),
        "txt" => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
