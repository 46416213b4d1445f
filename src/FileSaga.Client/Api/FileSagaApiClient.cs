using System.Text.Json.Serialization;
using Refit;

namespace FileSaga.Client.Api;

public static class FileSagaApiClient
{
    public static readonly Uri DefaultBaseAddress = new("http://127.0.0.1:5080");

    /// <summary>
    /// A Refit client of the Host API built from Refit's source-generated implementation (no reflection fallback).
    /// Without <paramref name="http"/> a new <see cref="HttpClient"/> is created and lives as long as the client.
    /// </summary>
    public static IFileSagaApi Create(Uri baseAddress, HttpClient? http = null) =>
        RestService.ForGenerated<IFileSagaApi>(
            HttpClients.WithBaseAddress(http, baseAddress), HttpClients.Settings(FileSagaJsonContext.Default));
}

internal static class HttpClients
{
    public static HttpClient WithBaseAddress(HttpClient? http, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (http is null)
        {
            return new HttpClient { BaseAddress = baseAddress };
        }

        if (http.BaseAddress is null)
        {
            http.BaseAddress = baseAddress;
        }
        else if (http.BaseAddress != baseAddress)
        {
            throw new ArgumentException(
                $"The HttpClient's BaseAddress {http.BaseAddress} differs from {baseAddress}.", nameof(http));
        }

        return http;
    }

    // Buffered bodies carry a Content-Length; the small JSON bodies here gain nothing from chunked streaming.
    public static RefitSettings Settings(JsonSerializerContext context) =>
        new(SystemTextJsonContentSerializer.ForContext(context)) { Buffered = true };
}
