using Npgsql;
using NpgsqlTypes;

namespace Registry.Data.Generation;

/// <summary>
/// A committee for every village (村/社区) and township (乡镇/街道) of the scope, named after it; and at each county a
/// mediation centre (人民调解中心) and a handful of enterprise, trade, professional, regional and dispatched committees,
/// which brings the country to about 690 thousand.
/// </summary>
internal static class CommitteeRows
{
    private static readonly string[] VillageSuffixes = ["村民委员会", "居民委员会", "村委会", "居委会"];
    private static readonly Sector[] Sectors = Enum.GetValues<Sector>();
    private static readonly HostInstitution[] Hosts = Enum.GetValues<HostInstitution>();

    private static readonly (CommitteeKind Kind, string Label)[] CountyKinds =
    [
        (CommitteeKind.Enterprise, "企业"), (CommitteeKind.ChamberOfCommerce, "商会"), (CommitteeKind.IndustryProfessional, "行业性专业"),
        (CommitteeKind.Regional, "区域性"), (CommitteeKind.DispatchedOffice, "派驻"),
    ];

    public static void Plan(Roster roster)
    {
        var random = roster.Request.RandomFor(1);
        foreach (var (code, name, level) in roster.Regions.All)
        {
            switch (level)
            {
                case RegionLevel.Village:
                    var village = Strip(name);
                    var kind = name.Contains("社区") ? CommitteeKind.Community : CommitteeKind.Village;
                    Add(roster, code, village + "人民调解委员会", kind, Established(random, roster, 2000), random.Next(2, 7));
                    break;
                case RegionLevel.Township:
                    var township = name.EndsWith("街道", StringComparison.Ordinal) ? CommitteeKind.Subdistrict : CommitteeKind.Township;
                    Add(roster, code, name + "人民调解委员会", township, Established(random, roster, 2000), random.Next(8, 17));
                    break;
                case RegionLevel.County:
                    Add(roster, code, name + "人民调解中心", CommitteeKind.MediationCenter, Established(random, roster, 2012), random.Next(6, 13));
                    for (int i = 0, n = random.Next(0, 17); i < n; i++)
                    {
                        var (other, label) = CountyKinds[random.Next(CountyKinds.Length)];
                        Add(roster, code, $"{name}{label}人民调解委员会（{i + 1}）", other, Established(random, roster, 2008), random.Next(3, 10));
                    }
                    break;
            }
        }
    }

    public static async Task<long> WriteAsync(NpgsqlConnection connection, Roster roster, GenerationProgress progress, CancellationToken ct)
    {
        var random = roster.Request.RandomFor(2);
        progress.Begin("committees", roster.Committees.Count, "committees");
        await using var import = await BulkCopy.BeginAsync(connection, "committees",
            "id, name, kind, region_code, established_on, dissolved_on, sector, host_institution, has_full_time_conditions, " +
            "has_party_organisation, uniformities, implementations, address, version", ct);
        var id = 0L;
        foreach (var c in roster.Committees)
        {
            import.StartRow();
            import.Write(++id, NpgsqlDbType.Bigint);
            import.Write(c.Name);
            import.Write(c.Kind.ToString());
            import.Write(c.RegionCode);
            import.Write(c.EstablishedOn, NpgsqlDbType.Date);
            import.WriteNull();
            import.Write(c.Kind == CommitteeKind.IndustryProfessional ? Sectors[random.Next(Sectors.Length)].ToString() : null);
            import.Write(c.Kind == CommitteeKind.DispatchedOffice ? Hosts[random.Next(Hosts.Length)].ToString() : null);
            import.Write(random.Next(100) < 35, NpgsqlDbType.Boolean);
            import.Write(random.Next(100) < 60, NpgsqlDbType.Boolean);
            var standard = random.Next(100) < 40;
            import.Write(standard ? (int)Uniformity.All : random.Next((int)Uniformity.All + 1), NpgsqlDbType.Integer);
            import.Write(standard ? (int)Implementation.All : random.Next((int)Implementation.All + 1), NpgsqlDbType.Integer);
            import.Write(random.Next(100) < 50 ? roster.Regions.NameOf(c.Bureau) + (c.RegionCode == c.Bureau ? "人民路1号" : roster.Regions.NameOf(c.RegionCode)) : null);
            import.Write(1, NpgsqlDbType.Integer);
            progress.Step();
        }
        await import.CompleteAsync(ct);
        progress.End();
        return id;
    }

    private static void Add(Roster roster, string code, string name, CommitteeKind kind, DateOnly established, int mediators) =>
        roster.Committees.Add(new PlannedCommittee(code, roster.Regions.BureauOf(code), name[..Math.Min(name.Length, Committee.MaxNameLength)],
            kind, established, mediators));

    /// <summary>A day from 1 January of <paramref name="fromYear"/> to about 13 months before the generated year ends.</summary>
    private static DateOnly Established(Random random, Roster roster, int fromYear)
    {
        var from = new DateOnly(fromYear, 1, 1);
        return from.AddDays(random.Next(roster.AsOf.AddDays(-400).DayNumber - from.DayNumber));
    }

    private static string Strip(string villageName)
    {
        foreach (var suffix in VillageSuffixes)
            if (villageName.EndsWith(suffix, StringComparison.Ordinal)) return villageName[..^suffix.Length];
        return villageName;
    }
}
