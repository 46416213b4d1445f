using FileSaga.Domain.Submissions;

namespace FileSaga.Domain.Tests.Submissions;

public class SubmissionRulesTests
{
    private static readonly JobRequest Valid = new("job-42", "saga", "http://127.0.0.1:5081/sample-data/files/posts.csv", "posts.csv");

    [Theory]
    [InlineData("job-42", "saga", "http://127.0.0.1:5081/sample-data/files/posts.csv", "posts.csv")]
    [InlineData(null, null, "https://example.com/data.json", "data.json")]
    [InlineData("A1_b.c-d", "simple", "https://example.com/exports/2025/01/feed.ndjson?token=abc", "feed.ndjson")]
    [InlineData("7", "Simple", "http://localhost:8080/x", "my data (final).jsonl")]
    public void a_valid_request_passes(string? jobId, string? kind, string sourceUrl, string fileName)
    {
        SubmissionRules.Check(new JobRequest(jobId, kind, sourceUrl, fileName)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("records.json")]
    [InlineData("records.ndjson")]
    [InlineData("records.jsonl")]
    [InlineData("records.csv")]
    [InlineData("records.xml")]
    [InlineData("records.txt")]
    [InlineData("RECORDS.CSV")]
    public void every_accepted_extension_passes(string fileName)
    {
        SubmissionRules.Check(Valid with { FileName = fileName }).ShouldBeEmpty();
    }

    [Fact]
    public void a_job_id_of_one_hundred_safe_characters_passes()
    {
        SubmissionRules.Check(Valid with { JobId = new string('a', 100) }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("-starts-with-a-dash")]
    [InlineData(".hidden")]
    [InlineData("has space")]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("jöb")]
    [InlineData("job-42\n")]
    public void an_unsafe_job_id_is_rejected_naming_the_field(string jobId)
    {
        ShouldRejectOnly(Valid with { JobId = jobId }, "jobId");
    }

    [Fact]
    public void a_job_id_longer_than_one_hundred_characters_is_rejected()
    {
        ShouldRejectOnly(Valid with { JobId = new string('a', 101) }, "jobId");
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("saga,simple")]
    [InlineData(" saga")]
    public void an_unknown_kind_is_rejected_naming_the_field(string kind)
    {
        var message = ShouldRejectOnly(Valid with { Kind = kind }, "kind");

        message.ShouldContain("'saga' or 'simple'");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void a_missing_source_url_is_rejected_naming_the_field(string? sourceUrl)
    {
        ShouldRejectOnly(Valid with { SourceUrl = sourceUrl }, "sourceUrl").ShouldBe("sourceUrl is required");
    }

    [Theory]
    [InlineData("ftp://example.com/posts.csv")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("posts.csv")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http//example.com/posts.csv")]
    public void a_source_url_that_is_not_absolute_http_or_https_is_rejected_naming_the_field(string sourceUrl)
    {
        ShouldRejectOnly(Valid with { SourceUrl = sourceUrl }, "sourceUrl").ShouldBe("sourceUrl must be an absolute http or https URL");
    }

    [Fact]
    public void a_source_url_longer_than_the_limit_is_rejected_naming_the_field()
    {
        var url = "https://example.com/" + new string('a', SubmissionRules.MaxUrlLength - 19);

        ShouldRejectOnly(Valid with { SourceUrl = url }, "sourceUrl").ShouldContain("2048");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void a_missing_file_name_is_rejected_naming_the_field(string? fileName)
    {
        ShouldRejectOnly(Valid with { FileName = fileName }, "fileName").ShouldBe("fileName is required");
    }

    [Theory]
    [InlineData("../../etc/passwd.csv")]
    [InlineData("..\\..\\windows\\win.ini.txt")]
    [InlineData("sub/posts.csv")]
    [InlineData("/tmp/posts.csv")]
    [InlineData("C:\\posts.csv")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("posts\u0000.csv")]
    [InlineData("posts\n.csv")]
    public void a_file_name_with_folders_or_control_characters_is_rejected_naming_the_field(string fileName)
    {
        ShouldRejectOnly(Valid with { FileName = fileName }, "fileName").ShouldBe("fileName must be a plain file name, without folders or control characters");
    }

    [Theory]
    [InlineData("setup.exe", ".exe")]
    [InlineData("posts", "")]
    [InlineData("posts.csv.exe", ".exe")]
    [InlineData("posts.xlsx", ".xlsx")]
    public void a_file_name_with_an_unsupported_extension_is_rejected_naming_the_field(string fileName, string extension)
    {
        var message = ShouldRejectOnly(Valid with { FileName = fileName }, "fileName");

        message.ShouldStartWith("fileName must end in one of .json, .ndjson, .jsonl, .csv, .xml, .txt");
        message.ShouldContain($"'{extension}' is not supported");
    }

    [Fact]
    public void a_file_name_longer_than_the_limit_is_rejected_naming_the_field()
    {
        var fileName = new string('a', SubmissionRules.MaxFileNameLength - 3) + ".csv";

        ShouldRejectOnly(Valid with { FileName = fileName }, "fileName").ShouldContain("255");
    }

    [Fact]
    public void every_broken_field_is_reported_at_once()
    {
        var errors = SubmissionRules.Check(new JobRequest("../x", "batch", "ftp://example.com/x.csv", "../x.csv"));

        errors.Keys.OrderBy(k => k, StringComparer.Ordinal).ShouldBe(["fileName", "jobId", "kind", "sourceUrl"]);
        errors.ShouldAllBe(e => e.Value.Length == 1 && e.Value[0].StartsWith(e.Key));
    }

    [Theory]
    [InlineData(null, JobKind.Saga)]
    [InlineData("saga", JobKind.Saga)]
    [InlineData("simple", JobKind.Simple)]
    [InlineData("SIMPLE", JobKind.Simple)]
    public void the_kind_defaults_to_saga(string? kind, JobKind expected)
    {
        SubmissionRules.KindOf(Valid with { Kind = kind }).ShouldBe(expected);
    }

    /// <summary>Asserts that exactly <paramref name="field"/> is rejected, with one message naming it; returns that message.</summary>
    private static string ShouldRejectOnly(JobRequest request, string field)
    {
        var errors = SubmissionRules.Check(request);

        errors.Keys.ShouldBe([field]);
        var message = errors[field].ShouldHaveSingleItem();
        message.ShouldStartWith(field);
        return message;
    }
}
