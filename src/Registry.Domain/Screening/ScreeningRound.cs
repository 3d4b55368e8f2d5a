using Registry.Domain.Common;
using Registry.Domain.Committees;
using Registry.Domain.Regions;

namespace Registry.Domain.Screening;

/// <summary>
/// A screening round (一次矛盾纠纷排查) held by a committee on a day, with what it found. A round that finds nothing is a
/// round too (纠纷零上报). One committee holds at most one round of a kind on a day: recording it again is refused as a
/// DUPLICATE, so a round is never counted twice.
/// </summary>
public class ScreeningRound : Entity, IRegional
{
    public const int MaxItems = 100;

    private readonly List<RiskItem> items = [];

    private ScreeningRound() { }

    public long CommitteeId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public DateOnly ScreenedOn { get; private set; }
    public ScreeningKind Kind { get; private set; }
    public IReadOnlyList<RiskItem> Items => items;

    public static ScreeningRound Record(Committee committee, DateOnly screenedOn, ScreeningKind kind, IReadOnlyList<RiskItemDetails?>? found, DateOnly today)
    {
        var guard = new Guard();
        if (ScreeningLevels.Of(committee.Kind, committee.RegionCode) is null)
            guard.Add("committeeId", ErrorCodes.Invalid, $"A {committee.Kind} committee owes no screening rounds; rounds are kept for village, community, township, subdistrict and county mediation-centre committees.");
        if (screenedOn > today) guard.Add("screenedOn", ErrorCodes.OutOfRange, "screenedOn must not be in the future.");
        if (screenedOn < committee.EstablishedOn)
            guard.Add("screenedOn", ErrorCodes.OutOfRange, $"The committee was established on {committee.EstablishedOn:yyyy-MM-dd}.");
        if (committee.DissolvedOn is { } dissolved && screenedOn > dissolved)
            guard.Add("screenedOn", ErrorCodes.OutOfRange, $"The committee was dissolved on {dissolved:yyyy-MM-dd}.");
        if (!Enum.IsDefined(kind)) guard.Add("kind", ErrorCodes.Invalid, "kind must be ROUTINE, SPECIAL or KEY_PERIOD.");
        found ??= [];
        if (found.Count > MaxItems) guard.Add("items", ErrorCodes.OutOfRange, $"A round records at most {MaxItems} items.");
        var round = new ScreeningRound { CommitteeId = committee.Id, RegionCode = committee.RegionCode, ScreenedOn = screenedOn, Kind = kind };
        for (var i = 0; i < Math.Min(found.Count, MaxItems); i++)
            round.items.Add(RiskItem.Open(guard, $"items.{i}", found[i], committee.Id, committee.RegionCode, screenedOn));
        guard.ThrowIfAny();
        return round;
    }
}
