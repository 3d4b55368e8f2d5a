using Bogus;
using Registry.Domain.Disputes;

namespace Registry.Data.Seeding.Demo;

/// <summary>The dispute categories a studio is known for, following what its host committee handles.</summary>
internal static class Specialities
{
    private static readonly DisputeCategory[] Rural =
    [
        DisputeCategory.MarriageAndFamily, DisputeCategory.Neighbours, DisputeCategory.HousingAndHomestead, DisputeCategory.LandAndForest,
        DisputeCategory.RuralLandContract, DisputeCategory.LandAcquisitionAndDemolition, DisputeCategory.Debt,
    ];
    private static readonly DisputeCategory[] Urban =
    [
        DisputeCategory.PropertyManagement, DisputeCategory.Neighbours, DisputeCategory.MarriageAndFamily, DisputeCategory.Consumer,
        DisputeCategory.Damages,
    ];
    private static readonly DisputeCategory[] Centre =
    [
        DisputeCategory.Contract, DisputeCategory.Debt, DisputeCategory.Labour, DisputeCategory.Medical, DisputeCategory.Damages,
        DisputeCategory.MarriageAndFamily, DisputeCategory.LandAcquisitionAndDemolition,
    ];

    public static List<DisputeCategory> For(Randomizer random, Committee host)
    {
        var (primary, others) = host.Kind switch
        {
            CommitteeKind.IndustryProfessional => (OfSector(host.Sector), [DisputeCategory.Contract, DisputeCategory.Damages]),
            CommitteeKind.DispatchedOffice => host.HostInstitution switch
            {
                HostInstitution.Court => (DisputeCategory.Contract, [DisputeCategory.Debt, DisputeCategory.Damages, DisputeCategory.MarriageAndFamily]),
                HostInstitution.PoliceStation => (DisputeCategory.Neighbours, [DisputeCategory.Damages, DisputeCategory.RoadTraffic]),
                _ => (DisputeCategory.LandAcquisitionAndDemolition, [DisputeCategory.Labour, DisputeCategory.HousingAndHomestead]),
            },
            CommitteeKind.MediationCenter => (random.ArrayElement(Centre), Centre),
            CommitteeKind.Community or CommitteeKind.Subdistrict => (random.ArrayElement(Urban), Urban),
            _ => (random.ArrayElement(Rural), (DisputeCategory[])Rural),
        };
        return random.Sample(others, random.Int(0, 2)).Prepend(primary).Distinct().ToList();
    }

    private static DisputeCategory OfSector(Sector? sector) => sector switch
    {
        Sector.Medical => DisputeCategory.Medical,
        Sector.RoadTraffic => DisputeCategory.RoadTraffic,
        Sector.Labour => DisputeCategory.Labour,
        Sector.PropertyManagement => DisputeCategory.PropertyManagement,
        Sector.IntellectualProperty => DisputeCategory.IntellectualProperty,
        Sector.Consumer or Sector.Tourism => DisputeCategory.Consumer,
        Sector.Finance or Sector.Insurance => DisputeCategory.Finance,
        Sector.ECommerce or Sector.Logistics => DisputeCategory.ECommerce,
        Sector.Environment => DisputeCategory.Environment,
        Sector.Construction => DisputeCategory.Construction,
        Sector.MarriageAndFamily => DisputeCategory.MarriageAndFamily,
        Sector.LandAndResources => DisputeCategory.LandAndForest,
        _ => DisputeCategory.Contract,
    };
}
