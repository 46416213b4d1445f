using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FileSaga.Handlers.Records;

/// <summary>Writes one JSON value at a time to a stream, so any number of top-level values fit in one file.</summary>
internal sealed class JsonRecordWriter : IDisposable
{
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    // Output files are data, not HTML: keep non-ASCII text readable instead of \u-escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _stream;
    private readonly IncrementalHash? _hash;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public JsonRecordWriter(Stream stream, IncrementalHash? hash = null)
    {
        _stream = stream;
        _hash = hash;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public long Bytes { get; private set; }

    public Utf8JsonWriter Begin()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        return _json;
    }

    public async ValueTask CommitAsync(CancellationToken ct)
    {
        _json.Flush();
        await WriteRawAsync(_buffer.WrittenMemory, ct);
    }

    public async ValueTask CommitLineAsync(CancellationToken ct)
    {
        await CommitAsync(ct);
        await WriteRawAsync(NewLine, ct);
    }

    public async ValueTask WriteRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        _hash?.AppendData(bytes.Span);
        Bytes += bytes.Length;
        await _stream.WriteAsync(bytes, ct);
    }

    public void Dispose() => _json.Dispose();
}
