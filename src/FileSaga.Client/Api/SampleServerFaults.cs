using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace FileSaga.Client.Api;

/// <summary>The fault-injection calls of the SampleServer (snake_case JSON).</summary>
public interface ISampleServerFaultsApi
{
    /// <summary>201 with the created rule.</summary>
    [Post("/faults")]
    Task<FaultRule> CreateFaultAsync([Body] FaultRuleRequest rule, CancellationToken cancellationToken = default);

    [Delete("/faults/{id}")]
    Task DeleteFaultAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>
/// A fault rule. <see cref="Match"/> limits it to requests whose path, query or <c>Idempotency-Key</c> contains the text;
/// no <see cref="Count"/> means it applies to every matching request.
/// </summary>
public sealed record FaultRuleRequest(
    string Route,
    string Mode,
    int? Status = null,
    double? Rate = null,
    int? Count = null,
    int? DelayMs = null,
    string? Match = null);

public sealed record FaultRule
{
    // The server's id may be a number or a string; the client only echoes it back in a URL.
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string Id { get; init; } = "";
    public string? Route { get; init; }
    public string? Mode { get; init; }
    public int? Status { get; init; }
    public string? Match { get; init; }
}

public static class SampleServerClient
{
    public static readonly Uri DefaultBaseAddress = new("http://127.0.0.1:5081");

    public static ISampleServerFaultsApi CreateFaults(Uri baseAddress, HttpClient? http = null) =>
        RestService.ForGenerated<ISampleServerFaultsApi>(HttpClients.WithBaseAddress(http, baseAddress), HttpClients.Settings(SampleServerJsonContext.Default));
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FaultRuleRequest))]
[JsonSerializable(typeof(FaultRule))]
public sealed partial class SampleServerJsonContext : JsonSerializerContext;

public sealed class StringOrNumberConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString() ?? "",
            JsonTokenType.Number => reader.TryGetInt64(out var n) ? n.ToString() : reader.GetDouble().ToString("R"),
            _ => throw new JsonException($"Expected a string or a number, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
