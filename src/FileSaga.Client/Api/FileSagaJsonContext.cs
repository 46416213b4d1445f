using System.Text.Json;
using System.Text.Json.Serialization;

namespace FileSaga.Client.Api;

/// <summary>Source-generated JSON for the Host API: camelCase names, enums as strings, nulls left out of requests.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SubmitJobRequest))]
[JsonSerializable(typeof(JobView))]
[JsonSerializable(typeof(Page<JobView>))]
[JsonSerializable(typeof(IReadOnlyList<EventView>))]
[JsonSerializable(typeof(Page<AuditEntryView>))]
[JsonSerializable(typeof(ApiProblem))]
public sealed partial class FileSagaJsonContext : JsonSerializerContext;
