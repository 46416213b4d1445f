using System.Text;
using System.Text.Json;
using System.Xml;

namespace FileSaga.Handlers.Records;

/// <summary>Streams the records of a file in any supported format, turning every parser error into an <see cref="InvalidFileException"/>.</summary>
internal static class RecordSource
{
    /// <summary>Calls onRecord for each record in order; returns the format the content turned out to have (a .json file may hold NDJSON).</summary>
    /// <param name="label">How the file named its format, for messages (".csv").</param>
    public static async Task<FileFormat> ReadAsync(
        string path, FileFormat format, string label, Func<SourceRecord, ValueTask> onRecord, CancellationToken ct)
    {
        var sniff = await ContentSniffer.SniffAsync(path, ct) ?? throw new InvalidFileException("file is empty");
        CheckContentMatches(sniff, format, label);
        try
        {
            switch (format)
            {
                case FileFormat.Json or FileFormat.Ndjson:
                    return await JsonRecordReader.ReadAsync(path, format, sniff.First, onRecord, ct);
                case FileFormat.Csv:
                    await CsvRecordReader.ReadAsync(path, onRecord, ct);
                    return format;
                case FileFormat.Xml:
                    await XmlRecordReader.ReadAsync(path, onRecord, ct);
                    return format;
                default:
                    await TextRecordReader.ReadAsync(path, onRecord, ct);
                    return format;
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidFileException(ex.LineNumber is { } line
                ? $"malformed JSON at line {line + 1}: {JsonRecordReader.Reason(ex)}"
                : $"malformed JSON: {JsonRecordReader.Reason(ex)}");
        }
        catch (XmlException ex)
        {
            throw new InvalidFileException(XmlReason(ex));
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidFileException($"binary content: the file is not valid UTF-8 text but the file name says {label}");
        }
    }

    // XmlException appends "Line 3, position 5." to its message; the line goes first here, as for JSON.
    private static string XmlReason(XmlException ex)
    {
        if (ex.LineNumber <= 0)
        {
            return $"malformed XML: {ex.Message}";
        }

        var suffix = $" Line {ex.LineNumber}, position {ex.LinePosition}.";
        var message = ex.Message.EndsWith(suffix, StringComparison.Ordinal) ? ex.Message[..^suffix.Length] : ex.Message;
        return $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {message}";
    }

    private static void CheckContentMatches(ContentSniff sniff, FileFormat format, string label)
    {
        if (sniff.HasNul)
        {
            throw new InvalidFileException($"binary content: the file holds NUL bytes but the file name says {label}");
        }

        var looksLike = sniff.First switch
        {
            '<' => "XML",
            '[' or '{' => "JSON",
            _ => null,
        };
        var mismatch = format switch
        {
            FileFormat.Json or FileFormat.Ndjson => looksLike == "XML",
            FileFormat.Csv => looksLike is not null,
            FileFormat.Xml => looksLike != "XML",
            _ => false,
        };
        if (mismatch)
        {
            throw new InvalidFileException(
                $"content looks like {looksLike ?? "plain text"} but the file name says {label}");
        }
    }
}
