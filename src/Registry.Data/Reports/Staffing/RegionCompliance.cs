namespace Registry.Data.Reports.Staffing;

/// <summary>The same counts for one direct child region.</summary>
public sealed record RegionCompliance(string RegionCode, string Name, int CommitteeCount, int CompliantCount, int ShortfallCount,
    int ConditionalShortfallCount, int MediatorCount, int FullTimeMediatorCount)
{
    public double FullTimeShare => StaffingCompliance.Share(FullTimeMediatorCount, MediatorCount);
}
