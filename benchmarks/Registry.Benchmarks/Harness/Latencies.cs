namespace Registry.Benchmarks.Harness;

/// <summary>Milliseconds of repeated runs, and their nearest-rank percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> values = [];

    public int Count => values.Count;

    public void Add(double milliseconds) => values.Add(milliseconds);

    public void AddRange(IEnumerable<double> milliseconds) => values.AddRange(milliseconds);

    public double Percentile(double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);
}
