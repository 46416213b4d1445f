using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace SampleServer.SampleData.Generation;

/// <summary>Streams N generated records in one format, flushing every <see cref="FlushEvery"/> records: memory stays flat for any N.</summary>
public static class GeneratedFormats
{
    public const int FlushEvery = 1000;

    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["csv"] = "text/csv; charset=utf-8",
        ["json"] = "application/json",
        ["ndjson"] = "application/x-ndjson",
        ["xml"] = "application/xml; charset=utf-8",
        ["txt"] = "text/plain; charset=utf-8",
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(string format, HttpResponse response, long rows, CancellationToken ct) => format switch
    {
        "json" => WriteJsonAsync(response.BodyWriter, rows, ct),
        "ndjson" => WriteNdjsonAsync(response.BodyWriter, rows, ct),
        "csv" => WriteLinesAsync(response.Body, string.Join(',', GeneratedRecord.Fields), rows, CsvLine, ct),
        "txt" => WriteLinesAsync(response.Body, header: null, rows, TextLine, ct),
        "xml" => WriteXmlAsync(response.Body, rows, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };

    private static async Task WriteJsonAsync(PipeWriter body, long rows, CancellationToken ct)
    {
        using var json = new Utf8JsonWriter(body, JsonOptions);
        json.WriteStartArray();
        for (long n = 1; n <= rows; n++)
        {
            WriteObject(json, GeneratedRecord.For(n));
            if (n % FlushEvery == 0)
            {
                json.Flush();
                await body.FlushAsync(ct);
            }
        }

        json.WriteEndArray();
        json.Flush();
        await body.FlushAsync(ct);
    }

    private static async Task WriteNdjsonAsync(PipeWriter body, long rows, CancellationToken ct)
    {
        using var json = new Utf8JsonWriter(body, JsonOptions);
        for (long n = 1; n <= rows; n++)
        {
            WriteObject(json, GeneratedRecord.For(n));
            json.Flush();
            body.Write("\n"u8);
            json.Reset(body);
            if (n % FlushEvery == 0)
            {
                await body.FlushAsync(ct);
            }
        }

        await body.FlushAsync(ct);
    }

    private static void WriteObject(Utf8JsonWriter json, GeneratedRecord r)
    {
        json.WriteStartObject();
        json.WriteNumber("id", r.Id);
        json.WriteString("sku", r.Sku);
        json.WriteString("name", r.Name);
        json.WriteString("category", r.Category);
        json.WriteNumber("quantity", r.Quantity);
        json.WriteNumber("price", r.Price);
        json.WriteString("created_at", r.CreatedAtText);
        json.WriteEndObject();
    }

    private static async Task WriteLinesAsync(Stream body, string? header, long rows, Func<GeneratedRecord, string> line, CancellationToken ct)
    {
        await using var text = new StreamWriter(body, Utf8, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        if (header is not null)
        {
            await text.WriteLineAsync(header.AsMemory(), ct);
        }

        for (long n = 1; n <= rows; n++)
        {
            await text.WriteLineAsync(line(GeneratedRecord.For(n)).AsMemory(), ct);
            if (n % FlushEvery == 0)
            {
                await text.FlushAsync(ct);
            }
        }

        await text.FlushAsync(ct);
    }

    private static string CsvLine(GeneratedRecord r) =>
        $"{r.Id},{r.Sku},{CsvField(r.Name)},{r.Category},{r.Quantity},{r.PriceText},{r.CreatedAtText}";

    private static string TextLine(GeneratedRecord r) =>
        $"{r.Id}\t{r.Sku}\t{r.Name}\t{r.Category}\t{r.Quantity}\t{r.PriceText}\t{r.CreatedAtText}";

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static async Task WriteXmlAsync(Stream body, long rows, CancellationToken ct)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = Utf8, Indent = true, NewLineChars = "\n" };
        await using var xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "records", null);
        await xml.WriteAttributeStringAsync(null, "count", null, rows.ToString(CultureInfo.InvariantCulture));
        for (long n = 1; n <= rows; n++)
        {
            var r = GeneratedRecord.For(n);
            await xml.WriteStartElementAsync(null, "record", null);
            await xml.WriteAttributeStringAsync(null, "id", null, r.Id.ToString(CultureInfo.InvariantCulture));
            await xml.WriteElementStringAsync(null, "sku", null, r.Sku);
            await xml.WriteElementStringAsync(null, "name", null, r.Name);
            await xml.WriteElementStringAsync(null, "category", null, r.Category);
            await xml.WriteElementStringAsync(null, "quantity", null, r.Quantity.ToString(CultureInfo.InvariantCulture));
            await xml.WriteElementStringAsync(null, "price", null, r.PriceText);
            await xml.WriteElementStringAsync(null, "created_at", null, r.CreatedAtText);
            await xml.WriteEndElementAsync();
            if (n % FlushEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                await xml.FlushAsync();
            }
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }
}
