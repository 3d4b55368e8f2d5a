using Bogus;
using static Registry.Data.Seeding.Demo.DemoDates;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// Lays out the demo's committees: grassroots committees for townships and villages, then in each jurisdiction
/// mediation centres, industry committees, dispatched offices, enterprises, a chamber of commerce, a regional
/// committee and a few that have since been dissolved.
/// </summary>
internal sealed class CommitteePlanner(Randomizer random, RegionBook regions)
{
    private static readonly Sector[] BaseSectors = [Sector.Medical, Sector.RoadTraffic, Sector.Labour, Sector.PropertyManagement];
    private static readonly Sector[] CountySectors =
    [
        Sector.IntellectualProperty, Sector.Consumer, Sector.Tourism, Sector.Finance, Sector.Insurance, Sector.ECommerce,
        Sector.Logistics, Sector.Environment, Sector.Campus, Sector.Construction, Sector.MarriageAndFamily, Sector.LandAndResources,
    ];

    private readonly List<PlannedCommittee> planned = [];

    public List<PlannedCommittee> Plan()
    {
        foreach (var jurisdiction in DemoJurisdiction.All)
        {
            foreach (var county in jurisdiction.Counties) PlanGrassroots(jurisdiction, county);
            PlanSpecialised(jurisdiction);
        }
        return planned;
    }

    private void PlanGrassroots(DemoJurisdiction j, string county)
    {
        foreach (var township in regions.DescendantsOf(county, 9))
        {
            var kind = township.Name.EndsWith("街道", StringComparison.Ordinal) ? CommitteeKind.Subdistrict : CommitteeKind.Township;
            Add(j, county, township.Name + CommitteeNames.Suffix, kind, township.Code, random.InYears(2008, 2012));

            var villages = regions.DescendantsOf(township.Code, 12);
            if (!j.FullCoverage)
                villages = random.Sample(villages, j.VillagesPerTownship).OrderBy(v => v.Code, StringComparer.Ordinal).ToList();
            foreach (var village in villages)
            {
                var name = CommitteeNames.ForVillage(township.Name, village.Name, out var isCommunity);
                var established = isCommunity ? random.InYears(2009, 2018) : random.InYears(2008, 2016);
                Add(j, county, name, isCommunity ? CommitteeKind.Community : CommitteeKind.Village, village.Code, established);
            }
        }
    }

    private void PlanSpecialised(DemoJurisdiction j)
    {
        var seat = j.SeatCode;
        var seatPlace = regions.Place(seat);
        var seatCounty = seat.Length == 6 ? seat : null;

        if (!j.FullCoverage)
            Add(j, null, seatPlace + "人民调解中心", CommitteeKind.MediationCenter, seat, random.InYears(2017, 2021));
        foreach (var sector in BaseSectors)
            Add(j, seatCounty, seatPlace + CommitteeNames.SectorDisputes[sector] + CommitteeNames.Suffix, CommitteeKind.IndustryProfessional,
                seat, random.InYears(2011, 2020), sector: sector);
        Add(j, seatCounty, seatPlace + random.ArrayElement(CommitteeNames.Chambers) + CommitteeNames.Suffix,
            CommitteeKind.ChamberOfCommerce, seat, random.InYears(2014, 2022));

        var sectors = random.Sample(CountySectors, CountySectors.Length);
        var nextSector = 0;
        foreach (var county in j.Counties)
        {
            var place = regions.Place(county);
            Add(j, county, place + "人民调解中心", CommitteeKind.MediationCenter, county, random.InYears(2018, 2023));
            for (var i = random.Int(1, 2); i > 0; i--)
            {
                var sector = sectors[nextSector++ % sectors.Count];
                Add(j, county, place + CommitteeNames.SectorDisputes[sector] + CommitteeNames.Suffix, CommitteeKind.IndustryProfessional,
                    county, random.InYears(2016, 2023), sector: sector);
            }
            PlanDispatchedOffices(j, county, place);
            foreach (var enterprise in random.Sample(CommitteeNames.Enterprises, random.Int(1, 2)))
                Add(j, county, place + enterprise + CommitteeNames.Suffix, CommitteeKind.Enterprise, county, random.InYears(2008, 2020));
        }

        var regionalCounty = random.ArrayElement(j.Counties);
        Add(j, regionalCounty, regions.Place(regionalCounty) + "经济开发区区域性" + CommitteeNames.Suffix, CommitteeKind.Regional,
            regionalCounty, random.InYears(2010, 2021));
        PlanDissolved(j);
    }

    private void PlanDispatchedOffices(DemoJurisdiction j, string county, string place)
    {
        Add(j, county, place + "人民法院诉调对接人民调解工作室", CommitteeKind.DispatchedOffice, county, random.InYears(2015, 2021),
            host: HostInstitution.Court);
        Add(j, county, place + "信访局人民调解工作室", CommitteeKind.DispatchedOffice, county, random.InYears(2016, 2022),
            host: HostInstitution.PetitionBureau);
        if (random.Chance(0.5))
            Add(j, county, place + "人民检察院人民调解工作室", CommitteeKind.DispatchedOffice, county, random.InYears(2018, 2023),
                host: HostInstitution.Procuratorate);
        foreach (var township in random.Sample(regions.DescendantsOf(county, 9), random.Int(1, 2)))
            Add(j, county, $"{place}公安局{regions.ShortTownship(township.Code)}派出所人民调解工作室", CommitteeKind.DispatchedOffice,
                township.Code, random.InYears(2015, 2023), host: HostInstitution.PoliceStation);
    }

    private void PlanDissolved(DemoJurisdiction j)
    {
        var county = random.ArrayElement(j.Counties);
        var place = regions.Place(county);
        var factory = Add(j, county, place + random.ArrayElement(CommitteeNames.ClosedEnterprises) + CommitteeNames.Suffix,
            CommitteeKind.Enterprise, county, random.InYears(2008, 2010));
        factory.Committee.Dissolve(random.InYears(2016, 2021), []); // planned before anyone is appointed to it
        if (j.FullCoverage) return;
        var market = Add(j, county, place + "老城区集贸市场" + CommitteeNames.Suffix, CommitteeKind.Regional, county, random.InYears(2008, 2011));
        market.Committee.Dissolve(random.InYears(2018, 2023), []);
    }

    private PlannedCommittee Add(DemoJurisdiction j, string? county, string name, CommitteeKind kind, string regionCode,
        DateOnly established, Sector? sector = null, HostInstitution? host = null)
    {
        var details = new CommitteeDetails(name, kind, regionCode, established, sector, host,
            HasFullTimeConditions: random.Chance(FullTimeConditionsShare(kind)),
            HasPartyOrganisation: random.Chance(kind is CommitteeKind.Township or CommitteeKind.Subdistrict ? 0.95 : 0.8),
            Uniformities: Standardisation(kind, out var implementations),
            Implementations: implementations);
        var committee = new PlannedCommittee(Committee.Create(details, Today), j, county) { Stars = StarRating(kind) };
        planned.Add(committee);
        return committee;
    }

    private static double FullTimeConditionsShare(CommitteeKind kind) => kind switch
    {
        CommitteeKind.Village or CommitteeKind.Community => 0.4,
        CommitteeKind.Enterprise => 0.8,
        _ => 0.6,
    };

    /// <summary>Most township committees meet 六统一 and 五落实 in full; the rest have some of each.</summary>
    private Uniformity Standardisation(CommitteeKind kind, out Implementation implementations)
    {
        var full = kind switch
        {
            CommitteeKind.Township or CommitteeKind.Subdistrict => 0.7,
            CommitteeKind.Village or CommitteeKind.Community => 0.45,
            _ => 0.6,
        };
        var roll = random.Double();
        if (roll < full)
        {
            implementations = Implementation.All;
            return Uniformity.All;
        }
        if (roll > 0.9 && kind is not (CommitteeKind.Township or CommitteeKind.Subdistrict))
        {
            implementations = Implementation.None;
            return Uniformity.None;
        }
        implementations = (Implementation)random.Int(1, (int)Implementation.All - 1);
        return (Uniformity)random.Int(1, (int)Uniformity.All - 1);
    }

    private int? StarRating(CommitteeKind kind) => kind switch
    {
        CommitteeKind.Township or CommitteeKind.Subdistrict => random.Chance(0.85) ? random.Int(2, 5) : null,
        CommitteeKind.Village or CommitteeKind.Community => random.Chance(0.5) ? random.Int(1, 5) : null,
        _ => random.Chance(0.4) ? random.Int(2, 5) : null,
    };
}
