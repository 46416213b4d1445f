using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace SampleServer.SampleData;

/// <summary>Builds the sample files in code, from fixed rules, so every download is byte-identical.</summary>
internal static class SampleFileContents
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string[] EventTypes = ["created", "updated", "shipped", "cancelled", "refunded"];
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] EventsNdjson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            for (var i = 1; i <= 25; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("event_id", i);
                writer.WriteString("type", EventTypes[i % EventTypes.Length]);
                writer.WriteString("occurred_at", Epoch.AddMinutes(i * 17));
                writer.WriteNumber("user_id", (i % 10) + 1);
                writer.WriteNumber("amount", ((i * 731) % 10000) / 100m);
                writer.WriteEndObject();
                writer.Flush();
                buffer.WriteByte((byte)'\n');
                writer.Reset();
            }
        }

        return buffer.ToArray();
    }

    public static byte[] SingleJson() => Utf8.GetBytes("""
        {
          "order_id": "ORD-0001",
          "customer": { "id": 7, "name": "Kurtis Weissnat", "email": "Telly.Hoeger@billy.biz" },
          "lines": [
            { "sku": "SKU-001", "quantity": 2, "price": 9.99 },
            { "sku": "SKU-002", "quantity": 1, "price": 24.50 }
          ],
          "total": 44.48,
          "placed_at": "2024-01-15T10:30:00Z"
        }

        """);

    public static byte[] RecordsCsv()
    {
        var csv = new StringBuilder("id,name,quantity,price,note\n")
            .Append("1,Widget,4,2.50,plain\n")
            .Append("2,\"Gadget, large\",1,10.00,\"has, two, commas\"\n")
            .Append("3,\"The \"\"best\"\" tool\",2,7.25,\"doubled \"\"quotes\"\"\"\n")
            .Append("4,Sprocket,10,0.99,\"spans\ntwo lines\"\n")
            .Append("5,Bolt,100,0.05,\n");
        for (var id = 6; id <= 20; id++)
        {
            csv.Append($"{id},Part {id},{(id * 7) % 50},{(id * 1.25m):0.00},\n");
        }

        return Utf8.GetBytes(csv.ToString());
    }

    public static byte[] CatalogXml()
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartElement("catalog");
            xml.WriteAttributeString("generated", "2024-01-01");
            for (var i = 1; i <= 12; i++)
            {
                xml.WriteStartElement("book");
                xml.WriteAttributeString("id", $"bk{i:000}");
                xml.WriteAttributeString("available", (i % 3 != 0) ? "true" : "false");
                xml.WriteElementString("title", Lorem.Words(500 + i, 3));
                xml.WriteStartElement("author");
                xml.WriteElementString("name", JsonPlaceholder.Users[i % 10].Name);
                xml.WriteElementString("country", (i % 2 == 0) ? "NL" : "FR");
                xml.WriteEndElement();
                xml.WriteStartElement("price");
                xml.WriteAttributeString("currency", "EUR");
                xml.WriteString($"{(10 + (i * 2.5m)):0.00}");
                xml.WriteEndElement();
                xml.WriteStartElement("tags");
                xml.WriteElementString("tag", (i % 2 == 0) ? "fiction" : "reference");
                xml.WriteElementString("tag", "<&special> chars");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // XmlWriter over a StringBuilder declares utf-16; the bytes served are UTF-8.
        return Utf8.GetBytes(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }

    public static byte[] LinesTxt() =>
        Utf8.GetBytes(string.Concat(Enumerable.Range(1, 30).Select(i => $"{i:00} {Lorem.Words(700 + i, 6)}\n")));

    public static byte[] BlankTxt() => Utf8.GetBytes("   \n\n\t\n  \r\n \t \n\n");

    public static byte[] MalformedJson() =>
        Utf8.GetBytes("[\n  {\"id\": 1, \"title\": \"first\"},\n  {\"id\": 2, \"title\": \"second\"},\n  {\"id\": 3, \"ti");

    public static byte[] MalformedXml() =>
        Utf8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<catalog>\n  <book id=\"bk001\"><title>Closed</title></book>\n  <book id=\"bk002\"><title>Never closed</title>\n</catalog>\n");

    public static byte[] MislabelledCsv() =>
        Utf8.GetBytes("[{\"id\": 1, \"name\": \"not\"}, {\"id\": 2, \"name\": \"csv\"}]\n");

    public static byte[] BinaryTxt()
    {
        byte[] binary = [0x00, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF, 0xFE, 0x00];
        return [.. Utf8.GetBytes("first line\n"), .. binary, .. Utf8.GetBytes("\nlast line\n")];
    }

    public static byte[] RaggedCsv() => Utf8.GetBytes(
        "id,name,quantity\n1,alpha,3\n2,beta\n3,gamma,7,extra\n4,delta,1\n5\n6,zeta,2,x,y\n");

    public static byte[] AllRejectedJson() => Utf8.GetBytes("[\n  null,\n  {},\n  [],\n  \"\",\n  \"   \"\n]\n");

    public static byte[] WithEmptyRecordsJson() => Utf8.GetBytes(
        "[\n  {\"id\": 1, \"name\": \"first\"},\n  null,\n  {},\n  {\"id\": 4, \"name\": \"fourth\"},\n  null,\n  {\"id\": 6, \"name\": \"sixth\"}\n]\n");
}
