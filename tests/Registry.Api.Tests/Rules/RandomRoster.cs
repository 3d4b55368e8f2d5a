using Microsoft.EntityFrameworkCore;
using Bogus;
using Registry.Data;
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
