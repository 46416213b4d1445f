using System.Xml;
using System.Xml.Linq;
using nietras.SeparatedValues;

namespace SampleServer.Tests;

public sealed class SampleFileTests(SharedServer server) : IClassFixture<SharedServer>
{
    public static readonly TheoryData<string, string> Files = new()
    {
        { "posts.json", "application/json" },
        { "events.ndjson", "application/x-ndjson" },
        { "single.json", "application/json" },
        { "records.csv", "text/csv" },
        { "catalog.xml", "application/xml" },
        { "lines.txt", "text/plain" },
        { "empty.json", "application/json" },
        { "blank.txt", "text/plain" },
        { "malformed.json", "application/json" },
        { "malformed.xml", "application/xml" },
        { "mislabelled.csv", "text/csv" },
        { "binary.txt", "text/plain" },
        { "ragged.csv", "text/csv" },
        { "with-empty-records.json", "application/json" },
        { "all-rejected.json", "application/json" },
    };

    [Fact]
    public async Task the_file_list_names_every_sample_with_its_size_and_a_description()
    {
        var list = await (await server.Client.GetAsync("/sample-data/files")).ShouldBeJsonAsync();

        list.EnumerateArray().Select(f => f.Str("name")).ShouldBe(Files.Select(row => (string)row[0]), ignoreOrder: true);
        foreach (var file in list.EnumerateArray())
        {
            file.Str("description").ShouldNotBeNullOrWhiteSpace();
            file.GetProperty("size").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task each_sample_file_is_served_with_a_fitting_content_type_and_its_listed_size(string name, string mediaType)
    {
        var list = await (await server.Client.GetAsync("/sample-data/files")).ShouldBeJsonAsync();
        var listed = list.EnumerateArray().Single(f => f.Str("name") == name);

        using var response = await server.Client.GetAsync($"/sample-data/files/{name}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        (await response.Content.ReadAsByteArrayAsync()).LongLength.ShouldBe(listed.GetProperty("size").GetInt64());
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe(name);
    }

    [Theory]
    [InlineData("nope.json")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("POSTS.JSON")]
    public async Task an_unknown_sample_file_is_a_404_problem(string name)
    {
        await (await server.Client.GetAsync($"/sample-data/files/{name}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task good_files_hold_the_records_the_list_promises()
    {
        var list = await (await server.Client.GetAsync("/sample-data/files")).ShouldBeJsonAsync();
        int Expected(string name) => list.EnumerateArray().Single(f => f.Str("name") == name).GetProperty("expected_records").GetInt32();

        JsonDocument.Parse(await Get("posts.json")).RootElement.GetArrayLength().ShouldBe(Expected("posts.json"));
        Lines(await Get("events.ndjson")).Select(line => JsonDocument.Parse(line).RootElement.ValueKind)
            .ShouldBe(Enumerable.Repeat(JsonValueKind.Object, Expected("events.ndjson")));
        JsonDocument.Parse(await Get("single.json")).RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
        CsvRows(await Get("records.csv")).Count.ShouldBe(Expected("records.csv"));
        XDocument.Parse(await Get("catalog.xml")).Root!.Elements().Count().ShouldBe(Expected("catalog.xml"));
        Lines(await Get("lines.txt")).Count.ShouldBe(Expected("lines.txt"));
    }

    [Fact]
    public async Task records_csv_has_quoted_commas_doubled_quotes_and_a_newline_inside_fields()
    {
        var rows = CsvRows(await Get("records.csv"));

        rows.ShouldAllBe(row => row.Length == 5);
        rows.ShouldContain(row => row[1] == "Gadget, large");
        rows.ShouldContain(row => row[1] == "The \"best\" tool");
        rows.ShouldContain(row => row[4] == "spans\ntwo lines");
    }

    [Fact]
    public async Task catalog_xml_children_carry_attributes_and_nested_elements()
    {
        var books = XDocument.Parse(await Get("catalog.xml")).Root!.Elements("book").ToList();

        books.ShouldAllBe(b => b.Attribute("id") != null && b.Element("author")!.Element("name") != null);
        books[0].Element("tags")!.Elements("tag").Count().ShouldBe(2);
    }

    [Fact]
    public async Task broken_files_are_broken_in_the_way_their_names_say()
    {
        (await server.Client.GetByteArrayAsync("/sample-data/files/empty.json")).ShouldBeEmpty();
        (await Get("blank.txt")).ShouldSatisfyAllConditions(text => text.ShouldNotBeEmpty(), text => string.IsNullOrWhiteSpace(text).ShouldBeTrue());
        var malformedJson = await Get("malformed.json");
        Should.Throw<JsonException>(() => JsonDocument.Parse(malformedJson));
        var malformedXml = await Get("malformed.xml");
        Should.Throw<XmlException>(() => XDocument.Parse(malformedXml));
        JsonDocument.Parse(await Get("mislabelled.csv")).RootElement.ValueKind.ShouldBe(JsonValueKind.Array);
        (await server.Client.GetByteArrayAsync("/sample-data/files/binary.txt")).ShouldContain((byte)0);
    }

    [Fact]
    public async Task ragged_csv_parses_but_its_rows_disagree_on_the_number_of_columns()
    {
        var rows = CsvRows(await Get("ragged.csv"), checkColumnCount: false);

        rows.Count.ShouldBe(6);
        rows.Select(r => r.Length).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task with_empty_records_json_mixes_null_and_empty_objects_into_the_array()
    {
        var items = JsonDocument.Parse(await Get("with-empty-records.json")).RootElement.EnumerateArray().ToList();

        items.Count.ShouldBe(6);
        items.ShouldContain(i => i.ValueKind == JsonValueKind.Null);
        items.ShouldContain(i => i.ValueKind == JsonValueKind.Object && !i.EnumerateObject().Any());
    }

    [Fact]
    public async Task all_rejected_json_holds_only_empty_records()
    {
        var items = JsonDocument.Parse(await Get("all-rejected.json")).RootElement.EnumerateArray().ToList();

        items.Count.ShouldBe(5);
        items.ShouldAllBe(i => i.ValueKind == JsonValueKind.Null
            || (i.ValueKind == JsonValueKind.Object && !i.EnumerateObject().Any())
            || (i.ValueKind == JsonValueKind.Array && i.GetArrayLength() == 0)
            || (i.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(i.GetString())));
    }

    [Fact]
    public async Task sample_files_are_byte_identical_on_every_call()
    {
        foreach (var name in Files.Select(row => (string)row[0]))
        {
            var first = await server.Client.GetByteArrayAsync($"/sample-data/files/{name}");
            (await server.Client.GetByteArrayAsync($"/sample-data/files/{name}")).ShouldBe(first, name);
        }
    }

    private Task<string> Get(string name) => server.Client.GetStringAsync($"/sample-data/files/{name}");

    private static List<string> Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToList();

    internal static List<string[]> CsvRows(string csv, bool checkColumnCount = true)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = !checkColumnCount })
            .FromText(csv);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var columns = new string[row.ColCount];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = row[i].ToString();
            }

            rows.Add(columns);
        }

        return rows;
    }
}
