using Bogus;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// How many mediators a committee of each kind has and how many of them are full-time. Township committees usually
/// have one to three full-time mediators, so under Jiyuan's ≥3 rule many fall short and under the ≥2 rules some do.
/// </summary>
internal static class StaffingProfile
{
    public static int Seats(Randomizer random, CommitteeKind kind) => kind switch
    {
        CommitteeKind.Village or CommitteeKind.Community => random.Weighted((1, 0.3), (2, 0.45), (3, 0.25)),
        CommitteeKind.Township or CommitteeKind.Subdistrict => random.Int(3, 7),
        CommitteeKind.Enterprise => random.Int(2, 4),
        CommitteeKind.ChamberOfCommerce => random.Int(3, 5),
        CommitteeKind.MediationCenter => random.Int(4, 8),
        _ => random.Int(3, 8),
    };

    public static int FullTime(Randomizer random, PlannedCommittee committee, int seats)
    {
        var c = committee.Committee;
        var fullTime = c.Kind switch
        {
            CommitteeKind.Village or CommitteeKind.Community when committee.Jurisdiction.Code == "419001" => random.Chance(0.3) ? 1 : 0,
            CommitteeKind.Village or CommitteeKind.Community => random.Chance(c.HasFullTimeConditions ? 0.25 : 0.02) ? 1 : 0,
            CommitteeKind.Township or CommitteeKind.Subdistrict => random.Weighted((0, 0.08), (1, 0.37), (2, 0.38), (3, 0.17)),
            CommitteeKind.Enterprise => random.Chance(c.HasFullTimeConditions ? 0.6 : 0.1) ? 1 : 0,
            CommitteeKind.ChamberOfCommerce => random.Chance(0.3) ? 1 : 0,
            CommitteeKind.MediationCenter => random.Int(2, 4),
            CommitteeKind.IndustryProfessional or CommitteeKind.Regional => random.Weighted((1, 0.35), (2, 0.4), (3, 0.25)),
            _ => random.Weighted((1, 0.4), (2, 0.45), (3, 0.15)),
        };
        return Math.Min(fullTime, seats);
    }
}
