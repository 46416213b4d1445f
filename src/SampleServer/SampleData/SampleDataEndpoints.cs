using Microsoft.AspNetCore.Http.HttpResults;
using SampleServer.Hosting;
using SampleServer.SampleData.Generation;

namespace SampleServer.SampleData;

public static class SampleDataEndpoints
{
    private const string Json = "application/json";

    public static IEndpointRouteBuilder MapSampleData(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sample-data");
        group.MapGet("/posts", () => TypedResults.Bytes(JsonPlaceholder.PostsJson, Json));
        group.MapGet("/users", () => TypedResults.Bytes(JsonPlaceholder.UsersJson, Json));
        group.MapGet("/albums", () => TypedResults.Bytes(JsonPlaceholder.AlbumsJson, Json));
        group.MapGet("/files", () => TypedResults.Ok(SampleFiles.Describe()));
        group.MapGet("/files/{name}", GetFile);
        group.MapGet("/generate", GenerateEndpoint.GenerateAsync);
        return app;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> GetFile(string name) =>
        SampleFiles.Find(name) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.Name)
            : Problems.NotFound($"No sample file named '{name}'. GET /sample-data/files lists them.");
}
