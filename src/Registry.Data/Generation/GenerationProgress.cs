namespace Registry.Data.Generation;

/// <summary>
/// Where <see cref="RosterGenerator"/> says how far it is: a phase begins with the number of units it will work
/// through, <see cref="Step"/> counts one, and the sink hears of it every few thousand (a call per row would cost
/// more than the row).
/// </summary>
public class GenerationProgress
{
    private const int Every = 4096;
    private string phase = "";
    private string unit = "";
    private long total;
    private long done;

    /// <summary>Reports nothing.</summary>
    public static GenerationProgress None => new();

    public void Begin(string name, long units, string unitName)
    {
        (phase, total, done, unit) = (name, units, 0, unitName);
        OnReport(phase, 0, total, unit, finished: false);
    }

    public void Step()
    {
        if (++done % Every == 0) OnReport(phase, done, total, unit, finished: false);
    }

    public void End() => OnReport(phase, done, Math.Max(total, done), unit, finished: true);

    /// <summary>Called at a phase's start, every few thousand units and once at its end.</summary>
    protected virtual void OnReport(string phaseName, long unitsDone, long unitsTotal, string unitName, bool finished) { }
}
