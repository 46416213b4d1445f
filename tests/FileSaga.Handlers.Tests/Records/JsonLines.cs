using System.Text.Json;
using System.Text.Json.Nodes;

namespace FileSaga.Handlers.Tests.Records;

internal static class JsonLines
{
    public static List<JsonElement> Read(string path) =>
        [.. File.ReadAllLines(path).Where(line => line.Length > 0).Select(line => JsonElement.Parse(line))];

    public static bool SameJson(JsonElement actual, string expected) =>
        JsonNode.DeepEquals(JsonNode.Parse(actual.GetRawText()), JsonNode.Parse(expected));
}
