using Microsoft.EntityFrameworkCore;
using Bogus;
using Registry.Data;
using Registry.Data.Reports.Sql;
using Registry.Data.Training;
using Registry.Domain.Appointments;
using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Tests.Rules;

/// <summary>
/// A roster drawn at random (Bogus, fixed seed) in Sichuan (51): committees in Mianyang (5107, one practical training a
/// year), Ya'an (5118, 20 h a year) and Chengdu (5101, no requirement), some not yet established or dissolved, some
/// standardised; mediators with overlapping, ended and future appointments; sessions in 2025–2026, some cancelled,
/// with every attendance status; and one county requirement of its own (510703: 8 h and 2 practical sessions), so
/// the training report has several zones. Written through the domain's own factories, so every row is one the
/// registry could hold.
/// </summary>
public static class RandomRoster
{
    public const int Seed = 20261122;
    public const string RequirementCounty = "510703";

    public static async Task SeedAsync(RegistryDbContext db)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var counties = new[] { "510703", "510704", "510722", "511802", "511803", "510104", "510105" };
        var places = await db.Regions.AsNoTracking()
            .Where(r => counties.Contains(r.Code) || counties.Contains(r.ParentCode!))
            .Select(r => r.Code).OrderBy(c => c).ToListAsync();

        db.TrainingRequirements.Add(TrainingRequirement.Create(new TrainingRequirementDetails(RequirementCounty, "随机花名册县级要求", "测试",
            new DateOnly(2024, 1, 1), null, 8m, 2, null)));

        var committees = Enumerable.Range(0, 60).Select(i => RandomCommittee(faker, i, faker.PickRandom(places))).ToList();
        db.Committees.AddRange(committees);
        var mediators = Enumerable.Range(0, 240).Select(i => RandomMediator(faker, i, faker.PickRandom(counties))).ToList();
        db.Mediators.AddRange(mediators);
        await db.SaveChangesAsync();

        foreach (var mediator in mediators)
        {
            var own = new List<Appointment>();
            for (var n = faker.Random.Int(0, 3); n > 0; n--)
            {
                var start = faker.Date.BetweenDateOnly(new DateOnly(2018, 1, 1), new DateOnly(2027, 6, 30));
                DateOnly? end = faker.Random.Bool(0.4f) ? start.AddDays(faker.Random.Int(0, 1500)) : null;
                try
                {
                    var appointment = Appointment.Make(mediator.Id, faker.PickRandom(committees), faker.PickRandom<AppointmentRole>(),
                        faker.Random.Bool(0.3f) ? Employment.FullTime : Employment.PartTime, start, end, own, mediator.BirthDate);
                    own.Add(appointment);
                    db.Appointments.Add(appointment);
                }
                catch (DomainException)
                {
                    // A second full-time post, an overlap at one committee or a date outside the committee's life: the registry
                    // refuses it, so the roster has none.
                }
            }
        }

        var sessions = Enumerable.Range(0, 30).Select(i => TrainingSession.Schedule(new TrainingSessionDetails(faker.PickRandom(counties), null,
            faker.PickRandom<TrainingForm>(), TrainingTopic.MediationSkills, $"随机培训{i}",
            faker.Date.BetweenDateOnly(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)), faker.Random.Int(1, 16) / 2m, null, null))).ToList();
        db.TrainingSessions.AddRange(sessions);
        await db.SaveChangesAsync();

        foreach (var session in sessions)
            foreach (var mediator in faker.PickRandom(mediators, faker.Random.Int(5, 60)))
            {
                var status = faker.PickRandom<AttendanceStatus>();
                int? minutes = status switch
                {
                    AttendanceStatus.Partial => faker.Random.Int(1, session.Minutes),
                    AttendanceStatus.Attended when faker.Random.Bool() => faker.Random.Int(1, session.Minutes),
                    _ => null,
                };
                db.Attendances.Add(Attendance.Record(session, mediator.Id, status, minutes));
            }
        foreach (var session in faker.PickRandom(sessions, 6)) session.Cancel(session.Date, "随机取消");
        await db.SaveChangesAsync();

        await TrainingCredits.RefreshAsync(db, [2025, 2026], mediators.Select(m => m.Id), default);
        await db.SaveChangesAsync();
        await SeedGradingAsync(db, faker, mediators.Select(m => m.Id).ToList(), committees.Select(c => c.Id).ToList());
    }

    /// <summary>
    /// What grading counts, drawn at random for most mediators: cases led (every outcome, some turned criminal) closed
    /// 2022–2026, complaints (some upheld), grade assessments at ranks 1–4 (some two on one day at different ranks, and
    /// re-assessments at the same rank), and certificates (some expired, some suspended, some reinstated). Written as
    /// rows, as an import would leave them: the rules twins compare SQL with C# over whatever the rows hold.
    /// </summary>
    private static async Task SeedGradingAsync(RegistryDbContext db, Faker faker, List<long> mediators, List<long> committees)
    {
        var ladder = await db.GradeLadders.AsNoTracking().Where(l => l.RegionCode == "CN").Select(l => l.Id).FirstAsync();
        var outcomes = new[] { "WrittenAgreement", "OralAgreement", "Failed", "Withdrawn", "Referred" };
        var n = 0;
        async Task Insert(string sql, params (string Name, object Value)[] values) =>
            await db.ExecuteAsync(new SqlStatement().Write(s =>
            {
                foreach (var (name, value) in values) s.Bind(name, value);
                return sql;
            }), default);
        foreach (var mediator in mediators)
        {
            if (faker.Random.Bool(0.15f)) continue;
            for (var k = faker.Random.Int(0, 12); k > 0; k--)
            {
                var received = faker.Date.BetweenDateOnly(new DateOnly(2022, 1, 1), new DateOnly(2026, 11, 1));
                var closed = received.AddDays(faker.Random.Int(0, 90));
                await Insert("""
                    INSERT INTO cases (source_platform, external_number, committee_id, category, difficulty, lead_mediator_id, received_on, closed_on,
                                       outcome, turned_criminal, entered_on, days_to_close, received_day_number, entered_late)
                    VALUES ('random', @number, @committee, 'Neighbours', 'Ordinary', @mediator, @received, @closed, @outcome, @criminal, @closed,
                            @days, @day_number, @late)
                    """, ("number", $"r{++n}"), ("committee", faker.PickRandom(committees)), ("mediator", mediator), ("received", received),
                    ("closed", closed), ("outcome", faker.Random.Bool(0.6f) ? outcomes[faker.Random.Int(0, 1)] : faker.PickRandom(outcomes)),
                    ("criminal", faker.Random.Bool(0.05f)), ("days", closed.DayNumber - received.DayNumber), ("day_number", received.DayNumber), ("late", false));
            }
            if (faker.Random.Bool(0.15f))
            {
                var resolved = faker.Date.BetweenDateOnly(new DateOnly(2023, 1, 1), new DateOnly(2026, 11, 1));
                await Insert("""
                    INSERT INTO complaints (mediator_id, region_code, received_on, summary, outcome, resolved_on, version)
                    VALUES (@mediator, '51', @received, '随机投诉', @outcome, @resolved, 1)
                    """, ("mediator", mediator), ("received", resolved.AddDays(-20)), ("outcome", faker.PickRandom("Upheld", "Dismissed")), ("resolved", resolved));
            }
            var day = faker.Date.BetweenDateOnly(new DateOnly(2017, 1, 1), new DateOnly(2022, 1, 1));
            var rank = 0;
            for (var a = faker.Random.Int(0, 4); a > 0; a--)
            {
                rank = Math.Clamp(rank + faker.Random.Int(-1, 1) + (rank == 0 ? 1 : 0), 1, 4);
                await Insert("""
                    INSERT INTO grade_assessments (mediator_id, ladder_id, level_code, level_name, rank, assessed_on, region_code, basis)
                    VALUES (@mediator, @ladder, @code, @name, @rank, @on, '51', '随机')
                    """, ("mediator", mediator), ("ladder", ladder), ("code", $"LEVEL_{5 - rank}"), ("name", "四三二一"[rank - 1] + "级"),
                    ("rank", rank), ("on", day));
                if (!faker.Random.Bool(0.2f)) day = day.AddDays(faker.Random.Int(200, 1200)); // else the next one is the same day
            }
            if (faker.Random.Bool(0.75f))
            {
                var issued = faker.Date.BetweenDateOnly(new DateOnly(2021, 1, 1), new DateOnly(2026, 6, 1));
                var until = issued.AddDays(faker.Random.Int(300, 2000));
                var status = faker.Random.Bool(0.15f) ? "Suspended" : "Active";
                await Insert("""
                    INSERT INTO certificates (mediator_id, number, region_code, issued_on, valid_until, status, version)
                    VALUES (@mediator, @number, '51', @issued, @until, @status, 1)
                    """, ("mediator", mediator), ("number", $"R-{mediator}"), ("issued", issued), ("until", until), ("status", status));
                var certificate = await db.Certificates.Where(c => c.Number == $"R-{mediator}").Select(c => c.Id).SingleAsync();
                await Insert("""
                    INSERT INTO certificate_events (certificate_id, mediator_id, sequence, kind, "on", status_after, valid_until_after)
                    VALUES (@certificate, @mediator, 1, 'Issued', @issued, 'Active', @until)
                    """, ("certificate", certificate), ("mediator", mediator), ("issued", issued), ("until", until));
                if (status == "Suspended")
                    await Insert("""
                        INSERT INTO certificate_events (certificate_id, mediator_id, sequence, kind, "on", status_after, valid_until_after, reason)
                        VALUES (@certificate, @mediator, 2, 'Suspended', @on, 'Suspended', @until, '随机')
                        """, ("certificate", certificate), ("mediator", mediator), ("on", issued.AddDays(100)), ("until", until));
            }
        }
    }

    private static Committee RandomCommittee(Faker faker, int i, string regionCode)
    {
        var kind = faker.PickRandom(CommitteeKind.Village, CommitteeKind.Community, CommitteeKind.Township, CommitteeKind.Enterprise);
        var committee = Committee.Create(new CommitteeDetails($"随机调委会{i}", kind, regionCode,
            faker.Date.BetweenDateOnly(new DateOnly(2010, 1, 1), new DateOnly(2027, 11, 1)), // the registry takes up to a year ahead
            HasFullTimeConditions: faker.Random.Bool(),
            Uniformities: faker.Random.Bool(0.4f) ? Uniformity.All : (Uniformity)faker.Random.Int(0, (int)Uniformity.All),
            Implementations: faker.Random.Bool(0.5f) ? Implementation.All : (Implementation)faker.Random.Int(0, (int)Implementation.All)),
            Infrastructure.RegistryApp.Today);
        if (faker.Random.Bool(0.3f)) committee.Dissolve(committee.EstablishedOn.AddDays(faker.Random.Int(0, 3000)), []); // before anyone is appointed
        return committee;
    }

    private static Mediator RandomMediator(Faker faker, int i, string county)
    {
        var gender = faker.PickRandom<Gender>();
        var birth = new DateOnly(1955, 1, 1).AddDays(i * 37 % 15000);
        return Mediator.Register(new MediatorDetails(faker.Name.LastName() + faker.Name.FirstName(), gender, birth,
            ResidentIdNumber.Compose(county, birth, i % 500, gender), $"139{faker.Random.Long(0, 99_999_999):D8}"), Infrastructure.RegistryApp.Today);
    }
}
