using System.Diagnostics;
using System.Globalization;
using Registry.Data.Generation;

namespace Registry.Api.Hosting;

/// <summary>
/// The generator's progress on standard error: on a terminal a bar redrawn in place at most five times a second,
/// <c>[#####     ] 45% committees 312,000/690,000 committees  ETA 1m12s</c>; otherwise (a log, a pipe) one line per
/// finished phase, so a log holds no carriage returns.
/// </summary>
public sealed class TerminalProgress(TextWriter output, bool interactive) : GenerationProgress
{
    private const int Width = 20;
    private readonly Stopwatch phaseWatch = new();
    private long lastDraw = -1000;

    protected override void OnReport(string phaseName, long unitsDone, long unitsTotal, string unitName, bool finished)
    {
        if (unitsDone == 0 && !finished) phaseWatch.Restart();
        var elapsed = phaseWatch.Elapsed;
        if (finished)
        {
            if (interactive) output.Write("\r\u001b[K");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{phaseName}: {unitsDone:N0} {unitName} in {elapsed.TotalSeconds:F1} s"));
            return;
        }
        if (!interactive || phaseWatch.ElapsedMilliseconds - lastDraw < 200) return;
        lastDraw = phaseWatch.ElapsedMilliseconds;
        var share = unitsTotal == 0 ? 0 : Math.Min(1.0, (double)unitsDone / unitsTotal);
        var filled = (int)(share * Width);
        var eta = unitsDone == 0 ? "" : "  ETA " + Format(elapsed * ((unitsTotal - unitsDone) / (double)unitsDone));
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {share * 100,3:F0}% {phaseName} {unitsDone:N0}/{unitsTotal:N0} {unitName}{eta}\u001b[K"));
        output.Flush();
    }

    private static string Format(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes}m{span.Seconds:00}s" : $"{Math.Max(0, span.Seconds)}s";
}
