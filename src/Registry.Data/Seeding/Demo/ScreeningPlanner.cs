using Bogus;
using Registry.Domain.Disputes;
using Registry.Domain.Screening;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// The demo's screening: eight weeks of rounds (28 September – 22 November 2026) for Jiyuan's and Mianyang's village and
/// township committees, about one week in eight skipped, Jiyuan's daily rounds through 国庆节 (1–7 October), a risk
/// found now and then; and an information officer (网格员) for most Jiyuan villages. Everything through the domain.
/// </summary>
internal sealed class ScreeningPlanner(Randomizer random)
{
    private static readonly DateOnly FirstMonday = new(2026, 9, 28);
    private static readonly (DisputeCategory Category, string Summary)[] Findings =
    [
        (DisputeCategory.HousingAndHomestead, "宅基地界址争执"), (DisputeCategory.Neighbours, "相邻通行纠纷"),
        (DisputeCategory.MarriageAndFamily, "赡养老人纠纷"), (DisputeCategory.Labour, "务工人员欠薪"),
        (DisputeCategory.RuralLandContract, "土地承包经营权纠纷"), (DisputeCategory.PropertyManagement, "物业费收缴纠纷"),
    ];

    public List<ScreeningRound> Rounds(IEnumerable<PlannedCommittee> committees)
    {
        var rounds = new List<ScreeningRound>();
        foreach (var planned in committees.Where(c => c.IsGrassroots && (c.Committee.RegionCode.StartsWith("419001") || c.Committee.RegionCode.StartsWith("5107"))))
        {
            var committee = planned.Committee;
            if (committee.DissolvedOn is not null) continue;
            var township = ScreeningLevels.Of(committee.Kind, committee.RegionCode) == ScreeningLevel.Township;
            var days = new SortedSet<DateOnly>();
            for (var monday = FirstMonday; monday <= DemoDates.Today; monday = monday.AddDays(township ? 14 : 7))
                if (random.Int(0, 7) != 0) days.Add(DemoDates.Min(monday.AddDays(random.Int(0, 4)), DemoDates.Today));
            foreach (var day in days) rounds.Add(Round(committee, day, ScreeningKind.Routine));
            if (committee.RegionCode.StartsWith("419001"))
                for (var day = new DateOnly(2026, 10, 1); day <= new DateOnly(2026, 10, 7); day = day.AddDays(1))
                    if (random.Int(0, 9) != 0) rounds.Add(Round(committee, day, ScreeningKind.KeyPeriod));
        }
        return rounds;
    }

    public List<Informant> Informants(IEnumerable<PlannedCommittee> committees) =>
        committees.Where(c => c.Kind is CommitteeKind.Village or CommitteeKind.Community && c.Committee.RegionCode.StartsWith("419001")
                              && c.Committee.DissolvedOn is null && random.Int(0, 4) != 0)
            .Select(c => Informant.Register(c.Committee, new InformantDetails($"网格员{c.Committee.Id}", InformantRole.GridWorker,
                new DateOnly(2025, 1, 1), null, null, null)))
            .ToList();

    private ScreeningRound Round(Committee committee, DateOnly day, ScreeningKind kind)
    {
        var found = new List<RiskItemDetails?>();
        if (random.Int(0, 5) == 0)
        {
            var (category, summary) = random.ArrayElement(Findings);
            found.Add(new RiskItemDetails(category, random.Int(0, 9) == 0 ? RiskLevel.High : RiskLevel.Low, summary));
        }
        return ScreeningRound.Record(committee, day, kind, found, DemoDates.Today);
    }
}
