using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;
using Registry.Api.Tests.Staffing;
using Registry.Data;
using Registry.Data.Migrations;

namespace Registry.Api.Tests.Appointments;

/// <summary>
/// The migration's backfill marks the same appointments as <c>Appointment.Make</c> does when they are made through the
/// API: those sharing a day with another appointment of the same mediator, and no others.
/// </summary>
public abstract class AppointmentOverlapsBackfillTests(RegistryApp app)
{
    private readonly StaffingRoster roster = new(app);

    [Fact]
    public async Task MarksExactlyTheAppointmentsThatShareADayWithAnotherOfTheirMediator()
    {
        var first = await roster.CommitteeAsync("360102", "REGIONAL", "2015-01-01");
        var second = await roster.CommitteeAsync("360103", "REGIONAL", "2015-01-01");
        var concurrent = await roster.MediatorAsync();
        await roster.AppointAsync(concurrent, first, "FULL_TIME", "2020-01-01", "2021-06-30");
        await roster.AppointAsync(concurrent, second, "PART_TIME", "2021-06-30");
        var consecutive = await roster.MediatorAsync();
        await roster.AppointAsync(consecutive, first, "PART_TIME", "2020-01-01", "2020-12-31");
        await roster.AppointAsync(consecutive, second, "PART_TIME", "2021-01-01");

        var committees = new[] { GlobalIdOf(first), GlobalIdOf(second) };
        await app.WithDbAsync(async db =>
        {
            async Task<Dictionary<long, bool>> Marks() => await db.Appointments.AsNoTracking()
                .Where(a => committees.Contains(a.CommitteeId)).ToDictionaryAsync(a => a.Id, a => a.OverlapsAnother);

            var madeByTheDomain = await Marks();
            Assert.Equal([true, true, false, false], madeByTheDomain.OrderBy(m => m.Key).Select(m => m.Value));

            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE appointments SET overlaps_another = false");
            Assert.All((await Marks()).Values, Assert.False);
            await db.Database.ExecuteSqlRawAsync(AppointmentOverlapsBackfill.Sql);
            Assert.Equal(madeByTheDomain, await Marks());
            await transaction.RollbackAsync();
        });
    }

    private static long GlobalIdOf(string id) => Registry.Api.Schema.GlobalId.DecodeKey(id, "Committee", "committeeId");
}

public sealed class SqliteAppointmentOverlapsBackfill(SqliteApp app) : AppointmentOverlapsBackfillTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAppointmentOverlapsBackfill(PostgresApp app) : AppointmentOverlapsBackfillTests(app), IClassFixture<PostgresApp>;
