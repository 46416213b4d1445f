namespace SampleServer.Hosting;

public static class SampleHeaders
{
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>Set on an upload answered from an earlier request with the same Idempotency-Key.</summary>
    public const string IdempotentReplayed = "Idempotent-Replayed";
}
