using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Domain.Mediators;
using Registry.Domain.Regions;
using Registry.Domain.Training;

namespace Registry.Api.Tests.Training;

/// <summary>
/// The TrainingCredits migration fills the new table from the attendances already recorded: a database is migrated
/// to the migration before it, given sessions and attendances of two years, then migrated to the end. It lives with the
/// API tests for their PostgreSQL server.
/// </summary>
public abstract class TrainingCreditsBackfill
{
    private const string Before = "AppointmentOverlaps";

    protected abstract Task<RegistryDbContext> NewDatabaseAsync();

    [Fact]
    public async Task MigrationCreditsEveryMediatorAndYearFromTheRecordedAttendances()
    {
        await using var db = await NewDatabaseAsync();
        await db.GetService<IMigrator>().MigrateAsync(Before);
        db.Regions.AddRange(
            new Region { Code = "51", Name = "四川省", Level = RegionLevel.Province },
            new Region { Code = "5118", Name = "雅安市", Level = RegionLevel.Prefecture, ParentCode = "51" },
            new Region { Code = "511822", Name = "荥经县", Level = RegionLevel.County, ParentCode = "5118" });
        var (keen, absent, unlucky) = (Person("勤学"), Person("缺席"), Person("白跑"));
        db.Mediators.AddRange(keen, absent, unlucky);
        var lecture2025 = Session(TrainingForm.Lecture, new DateOnly(2025, 12, 31), 3);
        var drill = Session(TrainingForm.PracticalDrill, new DateOnly(2026, 1, 1), 4);
        var seminar = Session(TrainingForm.Seminar, new DateOnly(2026, 6, 1), 2);
        var cancelled = Session(TrainingForm.Lecture, new DateOnly(2026, 7, 1), 3);
        db.TrainingSessions.AddRange(lecture2025, drill, seminar, cancelled);
        await db.SaveChangesAsync();
        db.Attendances.AddRange(
            Attendance.Record(lecture2025, keen.Id, AttendanceStatus.Attended, null),
            Attendance.Record(drill, keen.Id, AttendanceStatus.Attended, null),
            Attendance.Record(seminar, keen.Id, AttendanceStatus.Partial, 90),
            Attendance.Record(cancelled, keen.Id, AttendanceStatus.Attended, null),
            Attendance.Record(drill, absent.Id, AttendanceStatus.Absent, null),
            Attendance.Record(seminar, absent.Id, AttendanceStatus.Excused, null),
            Attendance.Record(cancelled, unlucky.Id, AttendanceStatus.Attended, null));
        cancelled.Cancel(new DateOnly(2026, 6, 30), "场地不可用");
        await db.SaveChangesAsync();

        await db.Database.MigrateAsync();

        var credits = db.TrainingCredits.AsNoTracking().ToList()
            .Select(c => (c.MediatorId, c.Year, c.Minutes, c.PracticalSessions, c.Attendances)).Order().ToList();
        Assert.Equal([(keen.Id, 2025, 180, 0, 1), (keen.Id, 2026, 330, 1, 2)], credits);
        var recount = CreditRecount.Of(db);
        Assert.Equal(recount.Recounted, recount.Stored);
    }

    private static Mediator Person(string name)
    {
        var person = Infrastructure.Roster.NewPerson();
        return Mediator.Register(new MediatorDetails(name, Gender.Male, DateOnly.ParseExact(person.BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), person.IdNumber, null), RegistryApp.Today);
    }

    private static TrainingSession Session(TrainingForm form, DateOnly date, decimal hours) =>
        TrainingSession.Schedule(new TrainingSessionDetails("511822", null, form, TrainingTopic.MediationSkills, "培训", date, hours, null, null));
}

public sealed class SqliteTrainingCreditsBackfill : TrainingCreditsBackfill
{
    protected override Task<RegistryDbContext> NewDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("registry-backfill-").FullName, "registry.db");
        return Task.FromResult<RegistryDbContext>(new SqliteRegistryDbContext(RegistryDatabase.Configure(
            new DbContextOptionsBuilder<SqliteRegistryDbContext>(), DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False").Options));
    }
}

public sealed class PostgresTrainingCreditsBackfill : TrainingCreditsBackfill
{
    protected override async Task<RegistryDbContext> NewDatabaseAsync() =>
        new PostgresRegistryDbContext(RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(),
            DatabaseProvider.Postgres, await PostgresServer.Instance.CreateDatabaseAsync("registry_backfill")).Options);
}
