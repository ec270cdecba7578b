namespace PortalProbe.Population.Internal;

/// <summary>
/// SplitMix64, a tiny deterministic generator: the same seed gives the same population on every machine and .NET
/// version (System.Random makes no such promise across versions).
/// </summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in 0..<paramref name="max"/>-1.</summary>
    public int Below(int max) => max <= 1 ? 0 : (int)(Next() % (ulong)max);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>0..n-1 in an order decided by the generator.</summary>
    public int[] Permutation(int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
