using System.Text.Json;
using System.Xml.Linq;

namespace FileSaga.Handlers.Records;

/// <summary>
/// An element as JSON: attributes as "@name", child elements by name (an array when repeated), text as "#text"
/// next to attributes or children; a child with neither attributes nor children is just its text.
/// </summary>
internal static class XmlRecordJson
{
    public static void WriteRecord(XElement record, Utf8JsonWriter json) => WriteObject(record, json);

    private static void WriteValue(XElement element, Utf8JsonWriter json)
    {
        if (element.HasElements || Attributes(element).Any())
        {
            WriteObject(element, json);
        }
        else
        {
            json.WriteStringValue(element.Value);
        }
    }

    private static void WriteObject(XElement element, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        foreach (var attribute in Attributes(element))
        {
            json.WriteString("@" + attribute.Name.LocalName, attribute.Value);
        }

        foreach (var group in element.Elements().GroupBy(child => child.Name.LocalName))
        {
            json.WritePropertyName(group.Key);
            if (group.Skip(1).Any())
            {
                json.WriteStartArray();
                foreach (var child in group)
                {
                    WriteValue(child, json);
                }

                json.WriteEndArray();
            }
            else
            {
                WriteValue(group.First(), json);
            }
        }

        var text = string.Concat(element.Nodes().OfType<XText>().Select(node => node.Value));
        if (!string.IsNullOrWhiteSpace(text))
        {
            json.WriteString("#text", text);
        }

        json.WriteEndObject();
    }

    private static IEnumerable<XAttribute> Attributes(XElement element) =>
        element.Attributes().Where(attribute => !attribute.IsNamespaceDeclaration);
}
