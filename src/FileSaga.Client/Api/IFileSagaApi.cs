using Refit;

namespace FileSaga.Client.Api;

/// <summary>The FileSaga Host API. Calls whose status code matters to the caller return <see cref="IApiResponse{T}"/>.</summary>
public interface IFileSagaApi
{
    /// <summary>202 for a new job, 200 when the same job id was already submitted with the same body, 409 or 400 otherwise.</summary>
    [Post("/api/jobs")]
    Task<IApiResponse<JobView>> SubmitJobAsync([Body] SubmitJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>The job, or 404.</summary>
    [Get("/api/jobs/{jobId}")]
    Task<IApiResponse<JobView>> GetJobAsync(string jobId, CancellationToken cancellationToken = default);

    [Get("/api/jobs")]
    Task<Page<JobView>> ListJobsAsync(
        string? status = null,
        string? kind = null,
        [Query(Format = "O")] DateTimeOffset? since = null,
        [Query(Format = "O")] DateTimeOffset? until = null,
        string? q = null,
        int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    [Get("/api/jobs/{jobId}/events")]
    Task<IReadOnlyList<EventView>> GetEventsAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>202, or 409 when the job has already finished.</summary>
    [Post("/api/jobs/{jobId}/cancel")]
    Task<IApiResponse> CancelJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Operator action on a <c>CompensationFailed</c> job: 202, or 409.</summary>
    [Post("/api/jobs/{jobId}/compensation/retry")]
    Task<IApiResponse> RetryCompensationAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Operator action on a <c>CompensationFailed</c> job: 202, or 409.</summary>
    [Post("/api/jobs/{jobId}/compensation/resolve")]
    Task<IApiResponse> ResolveCompensationAsync(string jobId, CancellationToken cancellationToken = default);

    [Get("/api/audit")]
    Task<Page<AuditEntryView>> GetAuditAsync(
        [AliasAs("jobId")] string? jobId = null,
        string? type = null,
        [Query(Format = "O")] DateTimeOffset? since = null,
        [Query(Format = "O")] DateTimeOffset? until = null,
        int? page = null,
        [AliasAs("pageSize")] int? pageSize = null,
        CancellationToken cancellationToken = default);

    /// <summary>200 when the Host and its database are ready.</summary>
    [Get("/health/ready")]
    Task<IApiResponse> ReadyAsync(CancellationToken cancellationToken = default);
}
