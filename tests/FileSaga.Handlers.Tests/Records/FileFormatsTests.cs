using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Records;

public sealed class FileFormatsTests
{
    [Fact]
    public void accepted_extensions_are_the_six_documented_ones() =>
        FileFormats.AcceptedExtensions.ShouldBe([".json", ".ndjson", ".jsonl", ".csv", ".xml", ".txt"], ignoreOrder: true);

    [Theory]
    [InlineData("posts.json", FileFormat.Json)]
    [InlineData("POSTS.JSON", FileFormat.Json)]
    [InlineData("events.ndjson", FileFormat.Ndjson)]
    [InlineData("events.JsonL", FileFormat.Ndjson)]
    [InlineData("users.Csv", FileFormat.Csv)]
    [InlineData("albums.xml", FileFormat.Xml)]
    [InlineData("notes.TXT", FileFormat.Text)]
    public void file_names_map_to_formats_whatever_the_case(string fileName, FileFormat expected)
    {
        FileFormats.TryFromFileName(fileName, out var format).ShouldBeTrue();
        format.ShouldBe(expected);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("archive.json.gz")]
    [InlineData("no-extension")]
    [InlineData("")]
    public void other_file_names_are_not_accepted(string fileName) =>
        FileFormats.TryFromFileName(fileName, out _).ShouldBeFalse();

    [Theory]
    [InlineData(FileFormat.Json, ".json")]
    [InlineData(FileFormat.Ndjson, ".ndjson")]
    [InlineData(FileFormat.Csv, ".csv")]
    [InlineData(FileFormat.Xml, ".xml")]
    [InlineData(FileFormat.Text, ".txt")]
    public void each_format_has_the_extension_used_for_stored_files(FileFormat format, string extension) =>
        FileFormats.Extension(format).ShouldBe(extension);
}
