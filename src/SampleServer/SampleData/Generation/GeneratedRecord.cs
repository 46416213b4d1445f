using System.Globalization;

namespace SampleServer.SampleData.Generation;

/// <summary>Record number <c>n</c> of a generated file: a pure function of <c>n</c>, so output never varies.</summary>
public readonly record struct GeneratedRecord(long Id, string Sku, string Name, string Category, long Quantity, decimal Price, DateTimeOffset CreatedAt)
{
    public static readonly string[] Fields = ["id", "sku", "name", "category", "quantity", "price", "created_at"];

    private static readonly string[] Categories = ["alpha", "beta", "gamma", "delta", "epsilon"];
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static GeneratedRecord For(long n) => new(
        n,
        $"SKU-{n:D8}",
        NameFor(n),
        Categories[n % Categories.Length],
        (n * 7919) % 1000,
        ((n * 104729) % 100000) / 100m,
        Epoch.AddSeconds(n));

    public string PriceText => Price.ToString("0.00", CultureInfo.InvariantCulture);

    public string CreatedAtText => CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Some names need quoting or escaping, so consumers meet commas and quotes at scale too.
    private static string NameFor(long n) => (n % 7, n % 11) switch
    {
        (0, _) => $"Item {n}, deluxe",
        (_, 0) => $"Item {n} \"special\"",
        _ => $"Item {n}",
    };
}
