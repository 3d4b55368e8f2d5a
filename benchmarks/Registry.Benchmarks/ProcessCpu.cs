namespace Registry.Benchmarks;

/// <summary>
/// CPU time (user + system) a process has used, from /proc/&lt;pid&gt;/stat. On a machine shared with other work the wall
/// time of a run depends on the load; the CPU time of the PostgreSQL backend and of this process much less.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan OfPid(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ", field 3 is fields[0]
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]); // utime (14), stime (15)
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
