namespace FileSaga.Handlers.Records;

internal static class ContentSniffer
{
    /// <summary>Null when the file is empty or holds only whitespace.</summary>
    public static async Task<ContentSniff?> SniffAsync(string path, CancellationToken ct)
    {
        // Lenient decoding: sniffing only looks; the format readers report invalid bytes.
        using var reader = InputFiles.OpenText(path, strict: false);
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            var chars = buffer.AsSpan(0, read);
            var hasNul = chars.Contains('\0');
            foreach (var c in chars)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return new ContentSniff(c, hasNul);
                }
            }
        }

        return null;
    }
}
