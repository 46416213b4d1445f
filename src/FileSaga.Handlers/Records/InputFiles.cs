using System.Text;

namespace FileSaga.Handlers.Records;

internal static class InputFiles
{
    public const int BufferSize = 64 * 1024;

    // Throwing on invalid bytes turns binary content into a clear error instead of replacement characters. The preamble
    // makes StreamReader consume a UTF-8 BOM itself; otherwise its BOM detection would switch to the lenient Encoding.UTF8.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    public static FileStream OpenRead(string path) => new(path, new FileStreamOptions
    {
        Mode = FileMode.Open,
        Access = FileAccess.Read,
        Share = FileShare.Read,
        BufferSize = BufferSize,
        Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
    });

    /// <summary>A text reader that honours UTF-8 and UTF-16 byte order marks and assumes UTF-8 without one.</summary>
    public static StreamReader OpenText(string path, bool strict = true) =>
        new(OpenRead(path), strict ? StrictUtf8 : Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: false);

    /// <summary>The file as checked UTF-8 bytes without a byte order mark; UTF-16 files are transcoded.</summary>
    /// <remarks>System.Text.Json does not check the bytes inside strings, so they pass through a throwing decoder first.</remarks>
    public static async Task<Stream> OpenUtf8Async(string path, CancellationToken ct)
    {
        var stream = OpenRead(path);
        try
        {
            var head = new byte[3];
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            Encoding encoding = StrictUtf8;
            stream.Position = 0;
            if (read >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
            {
                encoding = new UnicodeEncoding(bigEndian: head[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
                stream.Position = 2;
            }
            else if (read == 3 && head is [0xEF, 0xBB, 0xBF])
            {
                stream.Position = 3;
            }

            return Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }
}
