using System.Text;

namespace FileSaga.Handlers.Tests.Records;

/// <summary>A folder of its own per test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Root { get; } = Directory.CreateTempSubdirectory("filesaga-records-").FullName;

    public string PathOf(string name) => Path.Combine(Root, name);

    public string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content, Utf8NoBom);
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
