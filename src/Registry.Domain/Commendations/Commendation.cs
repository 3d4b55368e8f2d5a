using Registry.Domain.BrandStudios;
using Registry.Domain.Common;

namespace Registry.Domain.Commendations;

/// <summary>
/// A commendation (表彰, seeds 001–004; "我最喜爱的人民调解员", seed 003) of a mediator or of a committee: exactly one of
/// the two. <see cref="RegionCode"/> is the awarding bureau's region, inside whose jurisdiction it is recorded.
/// </summary>
public class Commendation : Entity, Regions.IRegional
{
    public const int MaxTitleLength = 200;

    private Commendation() { }

    public long? MediatorId { get; private set; }
    public long? CommitteeId { get; private set; }
    public string Title { get; private set; } = "";
    public NamingLevel Level { get; private set; }
    public DateOnly AwardedOn { get; private set; }
    /// <summary>Who awarded it, e.g. 四川省司法厅.</summary>
    public string AwardedBy { get; private set; } = "";
    public string RegionCode { get; private set; } = "";

    public static Commendation Record(long? mediatorId, long? committeeId, string? title, NamingLevel level, DateOnly awardedOn,
        string? awardedBy, string regionCode, DateOnly today)
    {
        var guard = new Guard();
        if ((mediatorId is null) == (committeeId is null))
            guard.Add("mediatorId", ErrorCodes.Invalid, "Give exactly one of mediatorId and committeeId: a commendation honours one mediator or one committee.");
        var name = guard.Text("title", title, MaxTitleLength);
        var by = guard.Text("awardedBy", awardedBy, 100);
        if (!Enum.IsDefined(level)) guard.Add("level", ErrorCodes.Invalid, "level must be PROVINCE, PREFECTURE or COUNTY.");
        if (awardedOn == default) guard.Add("awardedOn", ErrorCodes.Required, "awardedOn is required.");
        else if (awardedOn > today) guard.Add("awardedOn", ErrorCodes.OutOfRange, $"awardedOn must not be in the future (today is {today:yyyy-MM-dd}).");
        guard.ThrowIfAny();
        return new Commendation
        {
            MediatorId = mediatorId, CommitteeId = committeeId, Title = name, Level = level, AwardedOn = awardedOn, AwardedBy = by,
            RegionCode = regionCode,
        };
    }
}
