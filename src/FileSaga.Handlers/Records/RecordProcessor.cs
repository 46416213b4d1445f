using System.Text.Json;

namespace FileSaga.Handlers.Records;

public static class RecordProcessor
{
    /// <summary>
    /// Accepted records go to processedPath as {"id","processed_at","data","status":"processed"} lines; records the
    /// parser marked invalid, or whose data is null, {}, [] or a blank string, go to rejectedPath with the reason.
    /// </summary>
    public static async Task<ProcessResult> ProcessAsync(
        string parsedPath, string processedPath, string rejectedPath, DateTimeOffset processedAt, CancellationToken ct)
    {
        await using var processedFile = AtomicFileWriter.Create(processedPath);
        await using var rejectedFile = AtomicFileWriter.Create(rejectedPath);
        using var processed = new JsonRecordWriter(processedFile.Stream);
        using var rejected = new JsonRecordWriter(rejectedFile.Stream);
        using var input = InputFiles.OpenText(parsedPath);
        long accepted = 0;
        long refused = 0;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var record = document.RootElement;
            var n = record.GetProperty("n").GetInt64();
            if (record.TryGetProperty("invalid", out var invalid))
            {
                WriteRejected(rejected.Begin(), n, invalid.GetString(), "raw", record.GetProperty("raw"));
                await rejected.CommitLineAsync(ct);
                refused++;
                continue;
            }

            var data = record.GetProperty("data");
            if (RejectionReason(data) is { } reason)
            {
                WriteRejected(rejected.Begin(), n, reason, "data", data);
                await rejected.CommitLineAsync(ct);
                refused++;
            }
            else
            {
                WriteProcessed(processed.Begin(), n, data, processedAt);
                await processed.CommitLineAsync(ct);
                accepted++;
            }
        }

        await rejectedFile.CommitAsync(ct);
        await processedFile.CommitAsync(ct);
        return new ProcessResult(accepted, refused);
    }

    private static string? RejectionReason(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.Null => "data is null",
        JsonValueKind.Object when !data.EnumerateObject().Any() => "data is an empty object",
        JsonValueKind.Array when data.GetArrayLength() == 0 => "data is an empty array",
        JsonValueKind.String when string.IsNullOrWhiteSpace(data.GetString()) => "data is a blank string",
        _ => null,
    };

    private static void WriteProcessed(Utf8JsonWriter json, long n, JsonElement data, DateTimeOffset processedAt)
    {
        json.WriteStartObject();
        json.WritePropertyName("id");
        if (data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("id", out var id)
            && id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            id.WriteTo(json);
        }
        else
        {
            json.WriteNumberValue(n);
        }

        json.WriteString("processed_at", processedAt);
        json.WritePropertyName("data");
        data.WriteTo(json);
        json.WriteString("status", "processed");
        json.WriteEndObject();
    }

    private static void WriteRejected(Utf8JsonWriter json, long n, string? reason, string payloadName, JsonElement payload)
    {
        json.WriteStartObject();
        json.WriteNumber("n", n);
        json.WriteString("reason", reason);
        json.WritePropertyName(payloadName);
        payload.WriteTo(json);
        json.WriteEndObject();
    }
}
