using Bogus;
using static Registry.Data.Seeding.Demo.DemoDates;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// Names brand studios once committees and mediators have ids: personal studios after outstanding mediators
/// (Mianyang's notice asks for at least ten city-wide; some stationed in mediation centres) and one featured studio
/// per jurisdiction.
/// </summary>
internal sealed class StudioPlanner(Randomizer random)
{
    private static readonly DateOnly LatestNaming = On(2026, 6, 30);

    private static readonly IReadOnlyDictionary<string, string> FeaturedNames = new Dictionary<string, string>
    {
        ["419001"] = "愚公调解室",
        ["150626"] = "马背调解室",
        ["5107"] = "老娘舅调解室",
        ["13"] = "和为贵调解室",
        ["22"] = "老兵调解室",
    };

    public List<BrandStudio> Plan(IReadOnlyList<PlannedCommittee> committees)
    {
        var studios = new List<BrandStudio>();
        foreach (var j in DemoJurisdiction.All)
        {
            var active = committees.Where(c => c.Jurisdiction == j && c.Committee.DissolvedOn is null && c.Serving.Count > 0).ToList();
            var count = j.Code switch { "5107" => 11, "13" or "22" => 3, _ => 1 };
            var centres = active.Where(c => c.Kind == CommitteeKind.MediationCenter).ToList();
            var others = active.Where(c => c.Kind is CommitteeKind.Township or CommitteeKind.Subdistrict or CommitteeKind.DispatchedOffice
                or CommitteeKind.IndustryProfessional or CommitteeKind.Community).ToList();
            var fromCentres = Math.Min(centres.Count, (count + 1) / 4);
            var hosts = random.Sample(centres, fromCentres).Concat(random.Sample(others, count - fromCentres));
            foreach (var host in hosts)
                if (Personal(host) is { } studio) studios.Add(studio);

            var featuredHost = random.ListItem(others.Where(c => c.Kind is CommitteeKind.Township or CommitteeKind.Subdistrict && c.Serving.Count >= 3).ToList());
            studios.Add(Featured(featuredHost, FeaturedNames[j.Code]));
        }
        return studios;
    }

    private BrandStudio? Personal(PlannedCommittee host)
    {
        var candidates = host.Serving.Where(s => s.Appointment.Start <= On(2025, 6, 30)).ToList();
        if (candidates.Count == 0) return null;
        var (lead, appointment) = candidates.FirstOrDefault(s => s.Appointment.Role == AppointmentRole.Chair) is { Mediator: not null } chair
            ? chair
            : candidates[0];
        var namedOn = random.Between(Max(host.Committee.EstablishedOn, appointment.Start).AddDays(180), LatestNaming);
        var level = random.Weighted((NamingLevel.Prefecture, 0.6), (NamingLevel.County, 0.3), (NamingLevel.Province, 0.1));
        return BrandStudio.Create($"{lead.Mediator.Name}调解工作室", BrandStudioKind.Personal, host.Committee, lead.Mediator.Id, level, namedOn,
            Specialities.For(random, host.Committee), Members(host, except: lead));
    }

    private BrandStudio Featured(PlannedCommittee host, string name)
    {
        var namedOn = random.Between(Max(host.Committee.EstablishedOn.AddYears(1), On(2016)), LatestNaming);
        var level = random.Weighted((NamingLevel.County, 0.6), (NamingLevel.Prefecture, 0.4));
        return BrandStudio.Create(name, BrandStudioKind.Featured, host.Committee, null, level, namedOn,
            Specialities.For(random, host.Committee), Members(host, except: null).Take(4));
    }

    private IEnumerable<long> Members(PlannedCommittee host, PlannedMediator? except) =>
        random.Sample(host.Serving.Select(s => s.Mediator).Where(m => m != except).Distinct().ToList(), random.Int(1, 3)).Select(m => m.Mediator.Id);
}
