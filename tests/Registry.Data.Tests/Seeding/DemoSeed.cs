using Microsoft.EntityFrameworkCore;
using Registry.Data.Seeding;
using Xunit.Abstractions;

namespace Registry.Data.Tests.Seeding;

[Collection(SeededCollection.Name)]
public sealed class DemoSeed(SeededDatabase database, ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public async Task IsDeterministic()
    {
        var other = new SeededDatabase();
        await other.InitializeAsync();
        try
        {
            await using var first = database.NewContext();
            await using var second = other.NewContext();
            var a = await RosterFingerprint.OfAsync(first);
            var b = await RosterFingerprint.OfAsync(second);
            Assert.Equal(a.Lines, b.Lines);
            Assert.Equal(a.Hash, b.Hash);
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("419001")]
    [InlineData("150626")]
    public async Task CoversEveryJiyuanAndWushenTownshipAndVillage(string county)
    {
        await using var db = database.NewContext();
        var regions = await db.Regions.Where(r => r.Code.StartsWith(county) && (r.Code.Length == 9 || r.Code.Length == 12))
            .Select(r => r.Code).OrderBy(c => c).ToListAsync();
        var committees = await db.Committees
            .Where(c => c.RegionCode.StartsWith(county) && (c.Kind == CommitteeKind.Township || c.Kind == CommitteeKind.Subdistrict
                || c.Kind == CommitteeKind.Village || c.Kind == CommitteeKind.Community))
            .Select(c => c.RegionCode).OrderBy(c => c).ToListAsync();

        Assert.Equal(regions.Count, committees.Count);
        Assert.Equal(regions, committees);
    }

    [Fact]
    public async Task NamesSubdistrictCommitteesFor街道Townships()
    {
        await using var db = database.NewContext();
        var subdistricts = await db.Regions.CountAsync(r => r.Code.StartsWith("419001") && r.Code.Length == 9 && r.Name.EndsWith("街道"));
        var committees = await db.Committees.CountAsync(c => c.RegionCode.StartsWith("419001") && c.Kind == CommitteeKind.Subdistrict);

        Assert.Equal(5, subdistricts);
        Assert.Equal(subdistricts, committees);
    }

    [Fact]
    public async Task HasARealisticFullTimeShare()
    {
        await using var db = database.NewContext();
        var active = db.Appointments.Where(a => a.StartDate <= Today && (a.EndDate == null || a.EndDate >= Today));
        var serving = await active.Select(a => a.MediatorId).Distinct().CountAsync();
        var fullTime = await active.Where(a => a.Employment == Employment.FullTime).Select(a => a.MediatorId).Distinct().CountAsync();
        var share = (double)fullTime / serving;

        output.WriteLine($"serving {serving}, full-time {fullTime}, share {share:P1}");
        Assert.InRange(share, 0.10, 0.25);
    }

    [Fact]
    public async Task LeavesSomeJiyuanTownshipsBelowThreeFullTimeMediators()
    {
        await using var db = database.NewContext();
        var townships = await db.Committees
            .Where(c => c.RegionCode.StartsWith("419001") && (c.Kind == CommitteeKind.Township || c.Kind == CommitteeKind.Subdistrict))
            .Select(c => new
            {
                c.Id,
                FullTime = db.Appointments.Where(a => a.CommitteeId == c.Id && a.Employment == Employment.FullTime
                    && a.StartDate <= Today && (a.EndDate == null || a.EndDate >= Today)).Select(a => a.MediatorId).Distinct().Count(),
            }).ToListAsync();

        Assert.Equal(16, townships.Count);
        Assert.Contains(townships, t => t.FullTime < 3);
        Assert.Contains(townships, t => t.FullTime >= 1);
    }

    [Fact]
    public async Task NeverGivesAMediatorTwoFullTimeAppointmentsOnOneDate()
    {
        await using var db = database.NewContext();
        var fullTime = db.Appointments.Where(a => a.Employment == Employment.FullTime);
        var overlaps = await (
            from a in fullTime
            join b in fullTime on a.MediatorId equals b.MediatorId
            where a.Id < b.Id && a.StartDate <= (b.EndDate ?? DateOnly.MaxValue) && b.StartDate <= (a.EndDate ?? DateOnly.MaxValue)
            select a.Id).CountAsync();

        Assert.Equal(0, overlaps);
        Assert.True(await fullTime.CountAsync() > 0);
    }

    [Fact]
    public async Task GivesEveryMediatorAValidIdNumberThatAgreesWithGenderAndBirthDate()
    {
        await using var db = database.NewContext();
        var mediators = await db.Mediators.AsNoTracking().ToListAsync();

        Assert.All(mediators, m =>
        {
            Assert.True(ResidentIdNumber.TryParse(m.IdNumber, out var parsed, out var reason), $"{m.IdNumber}: {reason}");
            Assert.Equal(m.Gender, parsed!.Gender);
            Assert.Equal(m.BirthDate, parsed.BirthDate);
            Assert.Matches("^1[3-9][0-9]{9}$", m.Phone);
        });
        Assert.Equal(mediators.Count, mediators.Select(m => m.IdNumber).Distinct().Count());
    }

    [Fact]
    public async Task UsesEveryCommitteeKind()
    {
        await using var db = database.NewContext();
        var kinds = await db.Committees.Select(c => c.Kind).Distinct().ToListAsync();

        Assert.Equal(Enum.GetValues<CommitteeKind>().Order(), kinds.Order());
    }

    [Fact]
    public async Task EndsEveryAppointmentToADissolvedCommitteeByItsDissolution()
    {
        await using var db = database.NewContext();
        var dissolved = await db.Committees.Where(c => c.DissolvedOn != null).Select(c => new { c.Id, c.DissolvedOn }).ToListAsync();
        var late = await db.Appointments
            .Where(a => db.Committees.Any(c => c.Id == a.CommitteeId && c.DissolvedOn != null && (a.EndDate == null || a.EndDate > c.DissolvedOn)))
            .CountAsync();

        Assert.InRange(dissolved.Count, 3, 12);
        Assert.All(dissolved, c => Assert.True(c.DissolvedOn < Today));
        Assert.Equal(0, late);
    }

    [Fact]
    public async Task KeepsTheDemoModerate()
    {
        await using var db = database.NewContext();
        var committees = await db.Committees.CountAsync();
        var mediators = await db.Mediators.CountAsync();
        var byKind = await db.Committees.GroupBy(c => c.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync();
        var appointments = await db.Appointments.CountAsync();
        var ended = await db.Appointments.CountAsync(a => a.EndDate != null);
        var studios = await db.BrandStudios.CountAsync();
        var mianyangPersonal = await db.BrandStudios.CountAsync(s => s.RegionCode.StartsWith("5107") && s.Kind == Domain.BrandStudios.BrandStudioKind.Personal);
        var pools = await db.ExpertPools.CountAsync();
        var experts = await db.Experts.CountAsync();

        output.WriteLine($"seeded in {database.SeedTime.TotalSeconds:F2} s");
        output.WriteLine($"committees {committees}: {string.Join(", ", byKind.OrderBy(k => k.Kind).Select(k => $"{k.Kind} {k.Count}"))}");
        output.WriteLine($"mediators {mediators}, appointments {appointments} ({ended} ended), studios {studios} (Mianyang personal {mianyangPersonal}), pools {pools}, experts {experts}");
        Assert.InRange(committees, 1_500, 2_500);
        Assert.InRange(mediators, 4_000, 7_000);
        Assert.InRange((double)ended / appointments, 0.03, 0.10);
        Assert.InRange(mianyangPersonal, 10, 12);
        Assert.InRange(experts, pools * 5, pools * 12);
    }

    [Fact]
    public async Task DoesNothingOnADatabaseThatHasCommittees()
    {
        await using var db = database.NewContext();
        var before = await db.Mediators.CountAsync();

        await DemoSeeder.SeedAsync(db);

        Assert.False(await DemoSeeder.IsEmptyAsync(db));
        Assert.Equal(before, await db.Mediators.CountAsync());
    }
}
