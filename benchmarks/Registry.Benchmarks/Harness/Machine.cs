namespace Registry.Benchmarks.Harness;

/// <summary>What else the machine is doing while a figure is taken.</summary>
public static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages, as <c>uptime</c> prints them.</summary>
    public static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
