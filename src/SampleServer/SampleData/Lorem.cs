namespace SampleServer.SampleData;

/// <summary>Deterministic placeholder text: the same seed gives the same words on every machine.</summary>
public static class Lorem
{
    private static readonly string[] Vocabulary =
    [
        "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipisci", "velit", "sed", "quia",
        "non", "numquam", "eius", "modi", "tempora", "incidunt", "ut", "labore", "et", "dolore",
        "magnam", "aliquam", "quaerat", "voluptatem", "enim", "ad", "minima", "veniam", "quis", "nostrum",
        "exercitationem", "ullam", "corporis", "suscipit", "laboriosam", "nisi", "aliquid", "ex", "ea", "commodi",
        "consequatur", "autem", "vel", "eum", "iure", "reprehenderit", "qui", "in", "voluptate", "esse",
        "quam", "nihil", "molestiae", "illum", "fugiat", "quo", "voluptas", "nulla", "pariatur", "at",
        "vero", "eos", "accusamus", "iusto", "odio", "dignissimos", "ducimus", "blanditiis", "praesentium", "deleniti",
    ];

    public static string Words(int seed, int count)
    {
        var state = unchecked((uint)seed * 2654435761u) ^ 0x9E3779B9u;
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            // Numerical Recipes LCG: fixed constants, so the text never changes between runs or runtimes.
            state = unchecked((state * 1664525u) + 1013904223u);
            words[i] = Vocabulary[(state >> 8) % (uint)Vocabulary.Length];
        }

        return string.Join(' ', words);
    }

    /// <summary>Lines separated by <c>\n</c>, like JSONPlaceholder's post bodies.</summary>
    public static string Lines(int seed, int lines, int wordsPerLine) =>
        string.Join('\n', Enumerable.Range(0, lines).Select(line => Words((seed * 31) + line, wordsPerLine + (line % 3))));
}
