using Bogus;
using Registry.Data.Seeding.Demo;
using Registry.Data.Training;

namespace Registry.Data.Seeding;

/// <summary>
/// Writes the demo roster: committees for every township and village of Jiyuan and Wushen, a sample of Mianyang,
/// Hebei and Jilin, specialised committees, mediators with appointments, brand studios, expert pools, training sessions with attendance, committee stars, and some graded and certified mediators.
/// Deterministic: fixed seeds and fixed dates, so the same regions always give the same rows.
/// </summary>
public static class DemoSeeder
{
    private const int Seed = 20231208;

    public static async Task<bool> IsEmptyAsync(RegistryDbContext db, CancellationToken ct = default) =>
        !await db.Committees.AnyAsync(ct);

    /// <summary>Seeds a database whose regions are imported and which has no committees yet; otherwise does nothing.</summary>
    public static async Task SeedAsync(RegistryDbContext db, CancellationToken ct = default)
    {
        if (!await IsEmptyAsync(db, ct)) return;
        var regions = new RegionBook(await LoadRegionsAsync(db, ct));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var committees = new CommitteePlanner(new Randomizer(Seed), regions).Plan();
        var mediators = new RosterPlanner(new PersonGenerator(new Faker("zh_CN") { Random = new Randomizer(Seed + 1) })).Plan(committees);
        db.Committees.AddRange(committees.Select(c => c.Committee));
        db.Mediators.AddRange(mediators.Select(m => m.Mediator));
        await db.SaveChangesAsync(ct);

        db.Appointments.AddRange(mediators.SelectMany(MakeAppointments));
        db.BrandStudios.AddRange(new StudioPlanner(new Randomizer(Seed + 2)).Plan(committees));
        var experts = new ExpertPoolPlanner(new Faker("zh_CN") { Random = new Randomizer(Seed + 3) }, regions);
        var pools = experts.Pools();
        db.ExpertPools.AddRange(pools);
        await db.SaveChangesAsync(ct);

        db.CommitteeStarRatings.AddRange(GradingPlanner.Stars(committees));
        var (certificates, assessments) = GradingPlanner.Grade(mediators, await db.GradeLadders.ToListAsync(ct));
        db.Certificates.AddRange(certificates);
        db.GradeAssessments.AddRange(assessments);
        db.Experts.AddRange(pools.SelectMany(experts.Experts));
        var training = new TrainingPlanner(new Randomizer(Seed + 4));
        var sessions = training.Sessions(committees);
        db.TrainingSessions.AddRange(sessions);
        await db.SaveChangesAsync(ct);

        var attendances = training.Attendances(committees, sessions);
        db.Attendances.AddRange(attendances);
        await db.SaveChangesAsync(ct);
        await TrainingCredits.RefreshAsync(db, sessions.Select(s => s.Date.Year), attendances.Select(a => a.MediatorId), ct);

        var screening = new ScreeningPlanner(new Randomizer(Seed + 5));
        db.ScreeningRounds.AddRange(screening.Rounds(committees));
        db.Informants.AddRange(screening.Informants(committees));
        await db.SaveChangesAsync(ct);
        await Reports.Screening.ScreeningRoundDaysSql.RefreshAsync(db, null, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Every appointment goes through the domain's checks against the mediator's earlier ones.</summary>
    private static List<Appointment> MakeAppointments(PlannedMediator planned)
    {
        var made = new List<Appointment>();
        foreach (var a in planned.Appointments.OrderBy(a => a.Start))
            made.Add(Appointment.Make(planned.Mediator.Id, a.Committee.Committee, a.Role, a.Employment, a.Start, a.End, made, planned.Mediator.BirthDate));
        return made;
    }

    /// <summary>Provinces to counties of the five jurisdictions, and everything below the counties the demo fills.</summary>
    private static async Task<List<Region>> LoadRegionsAsync(RegistryDbContext db, CancellationToken ct)
    {
        var regions = new List<Region>();
        foreach (var j in DemoJurisdiction.All)
        {
            var province = j.Code[..2];
            regions.AddRange(await db.Regions.AsNoTracking().Where(r => r.Code == province || r.ParentCode == province).ToListAsync(ct));
            foreach (var prefecture in j.Prefectures.Append(j.Counties[0][..4]).Distinct())
                regions.AddRange(await db.Regions.AsNoTracking().Where(r => r.ParentCode == prefecture).ToListAsync(ct));
            foreach (var county in j.Counties)
            {
                var upper = RegionCode.UpperBound(county);
                regions.AddRange(await db.Regions.AsNoTracking()
                    .Where(r => string.Compare(r.Code, county) > 0 && string.Compare(r.Code, upper) < 0).ToListAsync(ct));
            }
        }
        return regions.DistinctBy(r => r.Code).ToList();
    }
}
