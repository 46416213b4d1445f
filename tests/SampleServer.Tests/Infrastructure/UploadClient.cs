using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace SampleServer.Tests.Infrastructure;

public static class UploadClient
{
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, byte[] content, string fileName = "data.csv", string? idempotencyKey = null, string field = "file")
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, field, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static byte[] Bytes(int size, int seed = 1) =>
        Enumerable.Range(0, size).Select(i => (byte)((i * 31) + seed)).ToArray();

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
