using System.Text;
using FileSaga.Handlers.Records;
using Shouldly;
using Xunit;

namespace FileSaga.Handlers.Tests.Records;

public sealed class FileValidatorRejectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<string> Rejection(string fileName, string content) =>
        (await Should.ThrowAsync<InvalidFileException>(() =>
            FileValidator.InspectAsync(_folder.Write("input", content), fileName, CancellationToken.None))).Message;

    [Theory]
    [InlineData("a.json")]
    [InlineData("a.ndjson")]
    [InlineData("a.csv")]
    [InlineData("a.xml")]
    [InlineData("a.txt")]
    public async Task empty_file_is_rejected(string fileName) =>
        (await Rejection(fileName, "")).ShouldBe("file is empty");

    [Theory]
    [InlineData("a.json")]
    [InlineData("a.csv")]
    [InlineData("a.txt")]
    public async Task whitespace_only_file_is_rejected_as_empty(string fileName) =>
        (await Rejection(fileName, " \n\t\r\n  ")).ShouldBe("file is empty");

    [Fact]
    public async Task malformed_json_array_is_rejected_with_its_line_number() =>
        (await Rejection("a.json", "[\n  {\"id\":1},\n  {\"id\":}\n]")).ShouldStartWith("malformed JSON at line 3:");

    [Fact]
    public async Task malformed_json_object_is_rejected_with_its_line_number() =>
        (await Rejection("a.json", "{\n  \"id\": 1,\n}\n")).ShouldStartWith("malformed JSON at line 3:");

    [Fact]
    public async Task json_array_followed_by_more_content_is_rejected() =>
        (await Rejection("a.json", "[1,2]\n[3]")).ShouldStartWith("malformed JSON at line 2:");

    [Fact]
    public async Task malformed_ndjson_line_is_rejected_with_its_line_number() =>
        (await Rejection("a.ndjson", "{\"id\":1}\n\n{\"id\":2}\n{\"id\":\n")).ShouldStartWith("malformed JSON at line 4:");

    [Fact]
    public async Task json_looking_file_with_a_bad_second_line_is_rejected_with_its_line_number() =>
        (await Rejection("a.json", "{\"id\":1}\n{\"id\" 2}\n")).ShouldStartWith("malformed JSON at line 2:");

    [Theory]
    [InlineData("42", "number")]
    [InlineData("\"text\"", "string")]
    [InlineData("null", "null")]
    public async Task scalar_json_is_rejected(string content, string kind) =>
        (await Rejection("a.json", content)).ShouldContain($"single JSON {kind}");

    [Fact]
    public async Task json_that_is_not_json_at_all_is_rejected_as_malformed() =>
        (await Rejection("a.json", "hello")).ShouldStartWith("malformed JSON at line 1:");

    [Fact]
    public async Task malformed_xml_is_rejected_with_its_line_number() =>
        (await Rejection("a.xml", "<rows>\n  <row>\n</rows>\n")).ShouldStartWith("malformed XML at line 3, position 3: The 'row' start tag on line 2");

    [Fact]
    public async Task xml_with_a_second_root_element_is_rejected() =>
        (await Rejection("a.xml", "<rows><row/></rows>\n<rows/>")).ShouldStartWith("malformed XML at line 2, position 2:");

    [Fact]
    public async Task xml_with_a_dtd_is_refused_so_no_entity_is_ever_resolved()
    {
        const string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rows [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<rows><row>&secret;</row></rows>";
        var reason = await Rejection("a.xml", xxe);
        reason.ShouldStartWith("malformed XML");
        reason.ShouldContain("DTD is prohibited");
    }

    [Theory]
    [InlineData("a.csv", "[{\"id\":1}]", "JSON", ".csv")]
    [InlineData("a.csv", "{\"id\":1}", "JSON", ".csv")]
    [InlineData("a.csv", "<rows/>", "XML", ".csv")]
    [InlineData("a.json", "<rows/>", "XML", ".json")]
    [InlineData("a.jsonl", "<rows/>", "XML", ".jsonl")]
    [InlineData("a.xml", "{\"id\":1}", "JSON", ".xml")]
    [InlineData("a.xml", "id,name\n1,Ann", "plain text", ".xml")]
    public async Task content_of_another_format_is_rejected_naming_both(string fileName, string content, string looksLike, string says) =>
        (await Rejection(fileName, content)).ShouldBe($"content looks like {looksLike} but the file name says {says}");

    [Fact]
    public async Task text_with_nul_bytes_is_rejected_as_binary()
    {
        var path = _folder.WriteBytes("input", [.. "line one\n"u8, 0x00, 0x01, 0x02, .. "\n"u8]);
        var error = await Should.ThrowAsync<InvalidFileException>(() => FileValidator.InspectAsync(path, "a.txt", CancellationToken.None));
        error.Message.ShouldStartWith("binary content");
    }

    [Fact]
    public async Task text_with_nul_bytes_after_the_first_block_is_rejected_as_binary()
    {
        var path = _folder.WriteBytes("input", [.. Enumerable.Repeat((byte)'a', 10_000), .. "\nok\n"u8, 0x00, .. "\n"u8]);
        var error = await Should.ThrowAsync<InvalidFileException>(() => FileValidator.InspectAsync(path, "a.txt", CancellationToken.None));
        error.Message.ShouldStartWith("binary content");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task text_with_invalid_utf8_is_rejected_as_binary(bool withByteOrderMark)
    {
        byte[] bom = withByteOrderMark ? [0xEF, 0xBB, 0xBF] : [];
        var path = _folder.WriteBytes("input", [.. bom, .. "caf"u8, 0xC3, 0x28, .. "\nnext\n"u8]);
        var error = await Should.ThrowAsync<InvalidFileException>(() => FileValidator.InspectAsync(path, "a.txt", CancellationToken.None));
        error.Message.ShouldStartWith("binary content");
    }

    [Theory]
    [InlineData("a.json", "[{\"name\":\"caf", "\"}]")]
    [InlineData("a.json", "{\"name\":\"caf", "\"}")]
    [InlineData("a.ndjson", "{\"name\":\"caf", "\"}")]
    [InlineData("a.csv", "name\ncaf", "\n")]
    public async Task invalid_utf8_inside_a_value_is_rejected_as_binary(string fileName, string before, string after)
    {
        var path = _folder.WriteBytes("input", [.. Encoding.UTF8.GetBytes(before), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(after)]);
        var error = await Should.ThrowAsync<InvalidFileException>(() => FileValidator.InspectAsync(path, fileName, CancellationToken.None));
        error.Message.ShouldStartWith("binary content");
    }

    [Theory]
    [InlineData("report.pdf", "unsupported file type '.pdf'")]
    [InlineData("README", "file name has no extension")]
    public async Task unsupported_file_names_are_rejected(string fileName, string reason) =>
        (await Rejection(fileName, "anything")).ShouldStartWith(reason);

    [Fact]
    public async Task duplicate_csv_header_name_is_rejected() =>
        (await Rejection("a.csv", "id,name,id\n1,Ann,2\n")).ShouldContain("'id' more than once");

    [Fact]
    public async Task empty_csv_header_name_is_rejected() =>
        (await Rejection("a.csv", "id,,name\n1,2,3\n")).ShouldContain("empty column name at column 2");

    [Fact]
    public async Task csv_with_a_quoted_field_that_never_closes_is_rejected() =>
        (await Rejection("a.csv", "id,note\n1,ok\n2,\"never closed\n3,x\n")).ShouldBe("malformed CSV at line 3: a quoted field is never closed");
}
