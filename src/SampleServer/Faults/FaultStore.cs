namespace SampleServer.Faults;

/// <summary>The active fault rules, in memory: faults are set up by a test or a demo and die with the process.</summary>
public sealed class FaultStore
{
    private readonly Lock _lock = new();
    private readonly List<FaultRule> _rules = [];
    private int _lastId;

    public FaultRuleView Add(FaultRuleRequest request, DateTimeOffset now)
    {
        lock (_lock)
        {
            var rule = new FaultRule($"fault-{++_lastId}", request, now);
            _rules.Add(rule);
            return rule.ToView();
        }
    }

    public IReadOnlyList<FaultRuleView> List()
    {
        lock (_lock)
        {
            return _rules.Select(r => r.ToView()).ToArray();
        }
    }

    public FaultRuleView? Find(string id)
    {
        lock (_lock)
        {
            return _rules.Find(r => r.Id == id)?.ToView();
        }
    }

    public bool Remove(string id)
    {
        lock (_lock)
        {
            return _rules.RemoveAll(r => r.Id == id) > 0;
        }
    }

    public int Clear()
    {
        lock (_lock)
        {
            var removed = _rules.Count;
            _rules.Clear();
            return removed;
        }
    }

    /// <summary>The first rule, in the order added, that applies to the request and wins its dice roll; it counts as fired.</summary>
    public FaultRuleView? TryHit(string route, HttpRequest request)
    {
        lock (_lock)
        {
            foreach (var rule in _rules)
            {
                if (rule.Exhausted || !rule.Applies(route, request) || !Roll(rule.Rate))
                {
                    continue;
                }

                rule.Fired++;
                return rule.ToView();
            }

            return null;
        }
    }

    // Fault injection wants chance, not security: Random.Shared is the right tool.
    private static bool Roll(double rate) => rate >= 1 || (rate > 0 && Random.Shared.NextDouble() < rate);
}
