using Registry.Domain.Common;

namespace Registry.Domain.Screening;

/// <summary>
/// A dated sensitive period (重要敏感时期) of one year — 全国两会, 中秋节, 国庆节, 春节 — in which a policy whose rule says
/// so requires a round every day. National dates, so not tied to a region; kept as data per year.
/// </summary>
public class SensitivePeriod : Entity
{
    public const int MaxNameLength = 50;
    public const int MaxSourceLength = 500;

    private SensitivePeriod() { }

    public string Name { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    /// <summary>Last day, inclusive.</summary>
    public DateOnly EndsOn { get; private set; }
    /// <summary>Where the dates come from (the State Council's holiday notice, the sessions' announced dates).</summary>
    public string Source { get; private set; } = "";

    public ScreeningPeriod Days => new(StartsOn, EndsOn);

    public static SensitivePeriod Create(string? name, DateOnly startsOn, DateOnly endsOn, string? source)
    {
        var guard = new Guard();
        var checkedName = guard.Text("name", name, MaxNameLength);
        var checkedSource = guard.Text("source", source, MaxSourceLength);
        if (endsOn < startsOn) guard.Add("endsOn", ErrorCodes.OutOfRange, "endsOn must not be before startsOn.");
        if (endsOn.DayNumber - startsOn.DayNumber > 31) guard.Add("endsOn", ErrorCodes.OutOfRange, "A sensitive period lasts at most a month.");
        guard.ThrowIfAny();
        return new SensitivePeriod { Name = checkedName, StartsOn = startsOn, EndsOn = endsOn, Source = checkedSource };
    }
}
