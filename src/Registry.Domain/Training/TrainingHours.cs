using Registry.Domain.Common;

namespace Registry.Domain.Training;

/// <summary>
/// Hours (学时) are stored as whole minutes: exact, and summable on the server by both databases (SQLite cannot SUM a
/// decimal). Clients speak decimal hours; anything that is not a whole number of minutes is refused, not rounded.
/// </summary>
public static class TrainingHours
{
    public const int MaxSessionMinutes = 24 * 60;

    public static decimal ToHours(int minutes) => Math.Round(minutes / 60m, 2);

    /// <summary>Minutes for <paramref name="hours"/>, or a field error when it is not a whole number of minutes.</summary>
    public static int? ToMinutes(Guard guard, string field, decimal? hours)
    {
        if (hours is null) return null;
        var minutes = hours.Value * 60m;
        if (minutes != decimal.Truncate(minutes))
        {
            guard.Add(field, ErrorCodes.Invalid, $"{field} must be a whole number of minutes (e.g. 1.5 or 0.25 hours).");
            return null;
        }
        if (minutes is < 0 or > int.MaxValue)
        {
            guard.Add(field, ErrorCodes.OutOfRange, $"{field} must not be negative.");
            return null;
        }
        return (int)minutes;
    }
}
