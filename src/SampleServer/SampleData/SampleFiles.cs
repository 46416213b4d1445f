namespace SampleServer.SampleData;

/// <summary>A downloadable sample; <see cref="ExpectedRecords"/> follows DESIGN.md's record rules, null when the file is meant to be rejected.</summary>
public sealed record SampleFile(string Name, string ContentType, string Description, bool Broken, int? ExpectedRecords, byte[] Content);

public sealed record SampleFileInfo(string Name, long Size, string ContentType, string Description, bool Broken, int? ExpectedRecords);

/// <summary>The fixed table of sample files. Names are looked up here, never used as paths.</summary>
public static class SampleFiles
{
    private const string Json = "application/json";
    private const string Csv = "text/csv; charset=utf-8";
    private const string Xml = "application/xml; charset=utf-8";
    private const string Text = "text/plain; charset=utf-8";

    public static IReadOnlyList<SampleFile> All { get; } =
    [
        new("posts.json", Json, "JSON array of 100 JSONPlaceholder-style posts.", false, 100, JsonPlaceholder.PostsJson),
        new("events.ndjson", "application/x-ndjson", "25 JSON objects, one per line (NDJSON).", false, 25, SampleFileContents.EventsNdjson()),
        new("single.json", Json, "One JSON object (not an array): one record.", false, 1, SampleFileContents.SingleJson()),
        new("records.csv", Csv, "CSV with header and 20 rows; quoted fields hold commas, doubled quotes and a newline.", false, 20, SampleFileContents.RecordsCsv()),
        new("catalog.xml", Xml, "XML root with 12 repeated children carrying attributes and nested elements.", false, 12, SampleFileContents.CatalogXml()),
        new("lines.txt", Text, "30 lines of plain text.", false, 30, SampleFileContents.LinesTxt()),
        new("empty.json", Json, "Zero bytes.", true, null, []),
        new("blank.txt", Text, "Only spaces, tabs and newlines.", true, null, SampleFileContents.BlankTxt()),
        new("malformed.json", Json, "JSON array cut off in the middle of an object.", true, null, SampleFileContents.MalformedJson()),
        new("malformed.xml", Xml, "XML with an unclosed element.", true, null, SampleFileContents.MalformedXml()),
        new("mislabelled.csv", Csv, "JSON content behind a .csv name.", true, null, SampleFileContents.MislabelledCsv()),
        new("binary.txt", Text, "A .txt file holding NUL and other binary bytes.", true, null, SampleFileContents.BinaryTxt()),
        new("ragged.csv", Csv, "Well-formed CSV whose rows do not all have the header's number of columns (6 rows).", true, 6, SampleFileContents.RaggedCsv()),
        new("with-empty-records.json", Json, "JSON array of 6 elements, some of them null or {}.", true, 6, SampleFileContents.WithEmptyRecordsJson()),
        new("all-rejected.json", Json, "JSON array of 5 elements that are all empty (null, {}, [], blank strings): every record is rejected.", true, 5, SampleFileContents.AllRejectedJson()),
    ];

    private static readonly Dictionary<string, SampleFile> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static SampleFile? Find(string name) => ByName.GetValueOrDefault(name);

    public static IReadOnlyList<SampleFileInfo> Describe() =>
        All.Select(f => new SampleFileInfo(f.Name, f.Content.LongLength, f.ContentType, f.Description, f.Broken, f.ExpectedRecords)).ToArray();
}
