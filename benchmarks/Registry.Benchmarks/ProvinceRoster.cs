using Npgsql;
using NpgsqlTypes;
using Registry.Domain.Committees;
using Registry.Domain.Mediators;

namespace Registry.Benchmarks;

/// <summary>
/// A province-sized roster loaded with binary COPY: a committee for every township and village of the province, the
/// rest spread over other kinds; mediators with one appointment each, some with a second part-time one.
/// Deterministic (fixed seed), so runs compare.
/// </summary>
public sealed class ProvinceRoster(int committees, int mediators, int secondAppointments)
{
    private static readonly CommitteeKind[] OtherKinds =
    [
        CommitteeKind.Enterprise, CommitteeKind.ChamberOfCommerce, CommitteeKind.IndustryProfessional, CommitteeKind.Regional,
        CommitteeKind.DispatchedOffice, CommitteeKind.MediationCenter, CommitteeKind.Community,
    ];

    public async Task LoadAsync(NpgsqlConnection connection, string province)
    {
        var random = new Random(20261122);
        var regions = new List<(string Code, int Length)>();
        await using (var cmd = new NpgsqlCommand("SELECT code FROM regions WHERE code LIKE @p || '%' ORDER BY code", connection))
        {
            cmd.Parameters.AddWithValue("p", province);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) regions.Add((reader.GetString(0), reader.GetString(0).Length));
        }
        var townships = regions.Where(r => r.Length == 9).Select(r => r.Code).ToList();
        var villages = regions.Where(r => r.Length == 12).Select(r => r.Code).ToList();
        var counties = regions.Where(r => r.Length is 6 or 4).Select(r => r.Code).ToList();

        var plan = new List<(string Region, CommitteeKind Kind)>();
        plan.AddRange(townships.Select(t => (t, random.Next(3) == 0 ? CommitteeKind.Subdistrict : CommitteeKind.Township)));
        plan.AddRange(villages.Take(committees - plan.Count).Select(v => (v, random.Next(4) == 0 ? CommitteeKind.Community : CommitteeKind.Village)));
        while (plan.Count < committees)
        {
            var kind = OtherKinds[random.Next(OtherKinds.Length)];
            var pool = kind is CommitteeKind.MediationCenter or CommitteeKind.DispatchedOffice || villages.Count == 0 ? counties : villages;
            plan.Add((pool[random.Next(pool.Count)], kind));
        }

        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY committees (name, kind, region_code, established_on, dissolved_on, sector, host_institution, has_full_time_conditions, " +
            "has_party_organisation, uniformities, implementations) FROM STDIN (FORMAT BINARY)"))
        {
            var n = 0;
            foreach (var (region, kind) in plan)
            {
                await import.StartRowAsync();
                await import.WriteAsync($"{region}调委会{n++}", NpgsqlDbType.Varchar);
                await import.WriteAsync(kind.ToString(), NpgsqlDbType.Varchar);
                await import.WriteAsync(region, NpgsqlDbType.Varchar);
                await import.WriteAsync(new DateOnly(2010, 1, 1).AddDays(random.Next(4000)), NpgsqlDbType.Date);
                if (random.Next(50) == 0) await import.WriteAsync(new DateOnly(2021, 1, 1).AddDays(random.Next(1500)), NpgsqlDbType.Date);
                else await import.WriteNullAsync();
                if (kind == CommitteeKind.IndustryProfessional) await import.WriteAsync(nameof(Sector.Medical), NpgsqlDbType.Varchar);
                else await import.WriteNullAsync();
                if (kind == CommitteeKind.DispatchedOffice) await import.WriteAsync(nameof(HostInstitution.Court), NpgsqlDbType.Varchar);
                else await import.WriteNullAsync();
                await import.WriteAsync(random.Next(3) == 0, NpgsqlDbType.Boolean);
                await import.WriteAsync(random.Next(2) == 0, NpgsqlDbType.Boolean);
                var standard = random.Next(3) == 0;
                await import.WriteAsync(standard ? (int)Uniformity.All : random.Next(64), NpgsqlDbType.Integer);
                await import.WriteAsync(standard ? (int)Implementation.All : random.Next(32), NpgsqlDbType.Integer);
            }
            await import.CompleteAsync();
        }

        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY mediators (name, gender, birth_date, id_number, background) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < mediators; i++)
            {
                var birth = new DateOnly(1950, 1, 1).AddDays(i / 400);
                var gender = i % 2 == 0 ? Gender.Male : Gender.Female;
                await import.StartRowAsync();
                await import.WriteAsync($"调解员{i}", NpgsqlDbType.Varchar);
                await import.WriteAsync(gender.ToString(), NpgsqlDbType.Varchar);
                await import.WriteAsync(birth, NpgsqlDbType.Date);
                await import.WriteAsync(ResidentIdNumber.Compose("220102", birth, i % 400, gender), NpgsqlDbType.Varchar);
                await import.WriteAsync(nameof(ProfessionalBackground.None), NpgsqlDbType.Varchar);
            }
            await import.CompleteAsync();
        }

        var firstCommittee = await NextIdAsync(connection, "committees") - committees;
        var firstMediator = await NextIdAsync(connection, "mediators") - mediators;
        // Planned first, so each appointment's OverlapsAnother mark (which Appointment.Make would set) is known before COPY.
        var planned = new List<(long Mediator, long Committee, bool FullTime, string Role, DateOnly Start, DateOnly? End)>(mediators + secondAppointments);
        void Plan(long mediator, long committee, bool fullTime, Random r)
        {
            var role = r.Next(10) == 0 ? "Chair" : "Member";
            var start = new DateOnly(2016, 1, 1).AddDays(r.Next(2900));
            DateOnly? end = r.Next(10) == 0 ? start.AddDays(r.Next(30, 1500)) : null;
            planned.Add((mediator, committee, fullTime, role, start, end));
        }
        for (var i = 0; i < mediators; i++)
            Plan(firstMediator + i, firstCommittee + random.Next(committees), random.Next(100) < 15, random);
        for (var i = 0; i < secondAppointments; i++)
        {
            // Part-time only, so the one-full-time-appointment rule holds.
            Plan(firstMediator + random.Next(mediators), firstCommittee + random.Next(committees), false, random);
        }
        var overlapping = new HashSet<int>();
        foreach (var group in planned.Select((a, index) => (a, index)).GroupBy(x => x.a.Mediator).Where(g => g.Count() > 1))
            foreach (var (a, i) in group)
                if (group.Any(o => o.index != i && o.a.Start <= (a.End ?? DateOnly.MaxValue) && a.Start <= (o.a.End ?? DateOnly.MaxValue)))
                    overlapping.Add(i);

        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY appointments (mediator_id, committee_id, role, employment, start_date, end_date, overlaps_another) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (a, i) in planned.Select((a, i) => (a, i)))
            {
                await import.StartRowAsync();
                await import.WriteAsync(a.Mediator, NpgsqlDbType.Bigint);
                await import.WriteAsync(a.Committee, NpgsqlDbType.Bigint);
                await import.WriteAsync(a.Role, NpgsqlDbType.Varchar);
                await import.WriteAsync(a.FullTime ? "FullTime" : "PartTime", NpgsqlDbType.Varchar);
                await import.WriteAsync(a.Start, NpgsqlDbType.Date);
                if (a.End is { } end) await import.WriteAsync(end, NpgsqlDbType.Date);
                else await import.WriteNullAsync();
                await import.WriteAsync(overlapping.Contains(i), NpgsqlDbType.Boolean);
            }
            await import.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task<long> NextIdAsync(NpgsqlConnection connection, string table)
    {
        await using var cmd = new NpgsqlCommand($"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}", connection);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
