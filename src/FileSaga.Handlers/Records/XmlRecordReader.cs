using System.Xml;
using System.Xml.Linq;

namespace FileSaga.Handlers.Records;

internal static class XmlRecordReader
{
    // No DTDs and no resolver: external entities (XXE) and entity expansion bombs are refused.
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public static async Task ReadAsync(string path, Func<SourceRecord, ValueTask> onRecord, CancellationToken ct)
    {
        using var reader = XmlReader.Create(InputFiles.OpenRead(path), Settings);
        await reader.MoveToContentAsync();
        if (reader.IsEmptyElement)
        {
            await reader.ReadAsync();
        }
        else
        {
            await reader.ReadAsync();
            while (reader.NodeType != XmlNodeType.EndElement)
            {
                ct.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var element = (XElement)await XNode.ReadFromAsync(reader, ct);
                    await onRecord(SourceRecord.Valid(json => XmlRecordJson.WriteRecord(element, json)));
                }
                else if (!await reader.ReadAsync())
                {
                    // Text directly inside the root element belongs to no record; the end of input is reported by the parser.
                    break;
                }
            }

            await reader.ReadAsync();
        }

        // Reading to the end makes the parser check what follows the root element.
        while (await reader.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
        }
    }
}
