using System.Text.Encodings.Web;
using System.Text.Json;

namespace SampleServer.Hosting;

/// <summary>The service's wire format: snake_case, like the seed's Python service.</summary>
public static class SampleJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
