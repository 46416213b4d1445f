using Microsoft.AspNetCore.Http.HttpResults;
using SampleServer.Hosting;

namespace SampleServer.SampleData.Generation;

public static class GenerateEndpoint
{
    public const long MaxRows = 100_000_000;
    public const long DefaultRows = 100;

    public static async Task<Results<EmptyHttpResult, ValidationProblem>> GenerateAsync(
        HttpContext http, string? format, string? rows, ILoggerFactory loggers, CancellationToken ct)
    {
        if (format is null || !GeneratedFormats.ContentTypes.TryGetValue(format, out var contentType))
        {
            return Problems.Invalid("format", $"must be one of {string.Join(", ", GeneratedFormats.ContentTypes.Keys)}; got '{format}'.");
        }

        var count = DefaultRows;
        if (rows is not null && (!long.TryParse(rows, out count) || count < 0 || count > MaxRows))
        {
            return Problems.Invalid("rows", $"must be a whole number from 0 to {MaxRows:N0}; got '{rows}'.");
        }

        loggers.CreateLogger(typeof(GenerateEndpoint)).LogInformation("Generating {Rows} {Format} records", count, format);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"generated-{count}.{format}\"";
        await GeneratedFormats.WriteAsync(format, http.Response, count, ct);
        return TypedResults.Empty;
    }
}
