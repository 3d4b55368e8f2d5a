using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Reports.Sql;
using Registry.Data.Reports.Training;
using Registry.Domain.Appointments;
using Registry.Domain.Committees;
using Registry.Domain.Regions;
using Registry.Domain.Training;

namespace Registry.Api.Tests.Rules;

/// <summary>
/// Each rule's C# definition in the domain, evaluated here over every row of a roster, against its LINQ and SQL forms
/// run by the database. Every check also asserts the rule splits the roster (some rows in, some out), so an empty
/// roster or a rule that selects everything cannot pass it.
/// </summary>
public static class RuleTwins
{
    /// <summary>Days worth asking about: each appointment's or committee's first and last day and the days either side.</summary>
    private static List<DateOnly> Edges(IEnumerable<(DateOnly Start, DateOnly? End)> periods) =>
        periods.Take(25).SelectMany(p => new[] { p.Start.AddDays(-1), p.Start, p.End ?? p.Start.AddYears(1), (p.End ?? p.Start).AddDays(1) })
            .Append(RegistryApp.Today).Distinct().Order().ToList();

    public static async Task AppointmentInForceAgrees(RegistryDbContext db)
    {
        var all = await db.Appointments.AsNoTracking().ToListAsync();
        var (selected, left) = (0, 0);
        foreach (var day in Edges(all.Select(a => (a.StartDate, a.EndDate))))
        {
            var expected = all.Where(a => a.IsActiveOn(day)).Select(a => a.Id).Order().ToList();
            var linq = await db.Appointments.Where(Appointment.InForceOn(day)).Select(a => a.Id).OrderBy(id => id).ToListAsync();
            var sql = await db.ReadAsync(new SqlStatement().Write(s =>
                $"SELECT a.id FROM appointments a WHERE {RosterSql.AppointmentInForce("a", s.Bind("day", day))} ORDER BY a.id"), r => r.Long(0), default);
            Assert.Equal(expected, linq);
            Assert.Equal(expected, sql);
            selected += expected.Count;
            left += all.Count - expected.Count;
        }
        Assert.True(selected > 0 && left > 0, $"in force: {selected} selected, {left} left out");
    }

    public static async Task CommitteeExistsAgrees(RegistryDbContext db)
    {
        var all = await db.Committees.AsNoTracking().ToListAsync();
        var (selected, left) = (0, 0);
        foreach (var day in Edges(all.Select(c => (c.EstablishedOn, c.DissolvedOn))))
        {
            var expected = all.Where(c => c.IsActiveOn(day)).Select(c => c.Id).Order().ToList();
            var linq = await db.Committees.Where(Committee.ExistsOn(day)).Select(c => c.Id).OrderBy(id => id).ToListAsync();
            var sql = await db.ReadAsync(new SqlStatement().Write(s =>
                $"SELECT c.id FROM committees c WHERE {RosterSql.CommitteeExists("c", s.Bind("day", day))} ORDER BY c.id"), r => r.Long(0), default);
            Assert.Equal(expected, linq);
            Assert.Equal(expected, sql);
            selected += expected.Count;
            left += all.Count - expected.Count;
        }
        Assert.True(selected > 0 && left > 0, $"exists: {selected} selected, {left} left out");
    }

    public static async Task StandardisedAgrees(RegistryDbContext db)
    {
        var all = await db.Committees.AsNoTracking().ToListAsync();
        var expected = all.Where(c => c.IsStandardised).Select(c => c.Id).Order().ToList();
        var linq = await db.Committees.Where(Committee.Standardised).Select(c => c.Id).OrderBy(id => id).ToListAsync();
        Assert.Equal(expected, linq);
        Assert.InRange(expected.Count, 1, all.Count - 1);
    }

    public static async Task CreditedAgrees(RegistryDbContext db)
    {
        var sessions = await db.TrainingSessions.AsNoTracking().ToDictionaryAsync(s => s.Id);
        var all = await db.Attendances.AsNoTracking().ToListAsync();
        var expected = all.Where(x => x.IsCreditedAt(sessions[x.SessionId])).Select(x => x.Id).Order().ToList();
        var sql = await db.ReadAsync(new SqlStatement().Write(_ =>
            $"SELECT x.id FROM {TrainingSql.CreditedAttendances} ORDER BY x.id"), r => r.Long(0), default);
        Assert.Equal(expected, sql);
        Assert.InRange(expected.Count, 1, all.Count - 1);
    }

    /// <summary>
    /// Who the training report counts, finds compliant and lists as behind (with their lacks), against
    /// <see cref="TrainingStanding"/> evaluated in C#: a mediator serving on the reference date at a committee in the
    /// region, required the strictest figure of the committees' governing requirements, credited their year's
    /// credited attendances.
    /// </summary>
    public static async Task<(int Compliant, int Behind)> CompliantAgrees(RegistryDbContext db, string regionCode, int year)
    {
        var referenceDate = TrainingStanding.ReferenceDate(year, RegistryApp.Today);
        var requirements = await db.TrainingRequirements.AsNoTracking().ToListAsync();
        var committees = await db.Committees.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.RegionCode);
        var sessions = await db.TrainingSessions.AsNoTracking().ToDictionaryAsync(s => s.Id);
        var credited = (await db.Attendances.AsNoTracking().ToListAsync())
            .Where(x => sessions[x.SessionId].Date.Year == year && x.IsCreditedAt(sessions[x.SessionId]))
            .GroupBy(x => x.MediatorId)
            .ToDictionary(g => g.Key, g => (Minutes: g.Sum(x => x.Minutes), Practical: g.Count(x => sessions[x.SessionId].IsPractical)));
        var expected = (await db.Appointments.AsNoTracking().ToListAsync())
            .Where(a => a.IsActiveOn(referenceDate) && RegionCode.Covers(regionCode, committees[a.CommitteeId]))
            .GroupBy(a => a.MediatorId)
            .Select(g =>
            {
                var governing = g.Select(a => TrainingRequirementResolver.Resolve(requirements, committees[a.CommitteeId], referenceDate)).ToList();
                var strictest = new GoverningRequirement(governing.Max(r => r.MinMinutesPerYear), null,
                    governing.Max(r => r.MinPracticalSessionsPerYear), null, 0, null);
                var (minutes, practical) = credited.TryGetValue(g.Key, out var sums) ? sums : (0, 0);
                return (Mediator: g.Key, Standing: new TrainingStanding(minutes, practical, strictest));
            })
            .OrderBy(e => e.Mediator).ToList();

        var report = await TrainingComplianceReport.CreateAsync(db, regionCode, year, RegistryApp.Today, hoursWanted: false, maxPageSize: 100, default);
        var behind = new List<TrainingShortfall>();
        long? after = null;
        while (true)
        {
            var page = await report.BehindAsync(after, 100, default);
            behind.AddRange(page.Take(100));
            if (page.Count <= 100) break;
            after = page[99].MediatorId;
        }

        Assert.Equal(expected.Count, await report.MediatorCount(default));
        Assert.Equal(expected.Count(e => e.Standing.IsCompliant), await report.CompliantCount(default));
        var expectedBehind = expected.Where(e => !e.Standing.IsCompliant).ToList();
        Assert.Equal(expectedBehind.Select(e => e.Mediator), behind.Select(b => b.MediatorId));
        Assert.Equal(expectedBehind.SelectMany(e => e.Standing.Lacks.Select(l => (e.Mediator, l))),
            behind.SelectMany(b => b.Standing.Lacks.Select(l => (b.MediatorId, l))));
        return (expected.Count - expectedBehind.Count, expectedBehind.Count);
    }
}
