using Registry.Domain.Common;
using Registry.Domain.Regions;

namespace Registry.Domain.ExpertPools;

/// <summary>An expert pool (调解专家库), built per prefecture and per county. Seeds 000, 002, 003.</summary>
public class ExpertPool : Entity, IRegional
{
    private ExpertPool() { }

    public string Name { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public DateOnly EstablishedOn { get; private set; }

    public static ExpertPool Create(string? name, string? regionCode, DateOnly establishedOn)
    {
        var guard = new Guard();
        var trimmed = guard.Text("name", name, 100);
        if (!Regions.RegionCode.IsWellFormed(regionCode))
            guard.Add("regionCode", ErrorCodes.Invalid, "regionCode must be a statistical code.");
        else if (Regions.RegionCode.LevelOf(regionCode!) is not (RegionLevel.Prefecture or RegionLevel.County))
            guard.Add("regionCode", ErrorCodes.Invalid, "Expert pools are built per prefecture or per county: regionCode must have 4 or 6 digits.");
        guard.ThrowIfAny();
        return new ExpertPool { Name = trimmed, RegionCode = regionCode!, EstablishedOn = establishedOn };
    }
}
