using FileSaga.Client.Api;

namespace FileSaga.Client.Demo;

/// <summary>One demo job: what to submit and how it must end.</summary>
public sealed record DemoJob(string Name, string Kind, string FileName, string SamplePath, string ExpectedStatus, bool FailUpload = false);

public static class DemoPlan
{
    /// <summary>Every sample format through the saga, one simple job, and one saga whose upload always fails.</summary>
    public static IReadOnlyList<DemoJob> Jobs { get; } =
    [
        new("posts", JobKinds.Saga, "posts.json", "sample-data/posts", JobStatuses.Completed),
        new("users", JobKinds.Saga, "users.json", "sample-data/users", JobStatuses.Completed),
        new("albums", JobKinds.Saga, "albums.json", "sample-data/albums", JobStatuses.Completed),
        new("records", JobKinds.Saga, "records.csv", "sample-data/files/records.csv", JobStatuses.Completed),
        new("catalog", JobKinds.Saga, "catalog.xml", "sample-data/files/catalog.xml", JobStatuses.Completed),
        new("lines", JobKinds.Saga, "lines.txt", "sample-data/files/lines.txt", JobStatuses.Completed),
        new("generated", JobKinds.Simple, "generated.ndjson", "sample-data/generate?format=ndjson&rows=1000", JobStatuses.Completed),
        new("posts-upload-fails", JobKinds.Saga, "posts.json", "sample-data/posts", JobStatuses.Compensated, FailUpload: true),
    ];
}
