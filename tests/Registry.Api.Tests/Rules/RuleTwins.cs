using Microsoft.EntityFrameworkCore;
using Registry.Api.Committees;
using Registry.Api.Schema.Paging;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Reports.Grading;
using Registry.Data.Reports.Screening;
using Registry.Domain.Grading;
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

    /// <summary>
    /// Also the compiled list and its two-halved count (<see cref="ExistingCommittees"/>), which bind the same rule into
    /// their own expressions: every page of 7 in turn, so the cursor's variant is compiled and run as well.
    /// </summary>
    public static async Task CommitteeExistsAgrees(RegistryDbContext db)
    {
        var all = await db.Committees.AsNoTracking().ToListAsync();
        var (selected, left, dissolvedSelected) = (0, 0, 0);
        foreach (var day in Edges(all.Select(c => (c.EstablishedOn, c.DissolvedOn))))
        {
            var expected = all.Where(c => c.IsActiveOn(day)).Select(c => c.Id).Order().ToList();
            var linq = await db.Committees.Where(Committee.ExistsOn(day)).Select(c => c.Id).OrderBy(id => id).ToListAsync();
            var sql = await db.ReadAsync(new SqlStatement().Write(s =>
                $"SELECT c.id FROM committees c WHERE {RosterSql.CommitteeExists("c", s.Bind("day", day))} ORDER BY c.id"), r => r.Long(0), default);
            Assert.Equal(expected, linq);
            Assert.Equal(expected, sql);
            Assert.Equal(expected, await ExistingCommitteesPagedAsync(db, day));
            Assert.Equal(expected.Count, await ExistingCommittees.CountAsync(db, day, default));
            selected += expected.Count;
            left += all.Count - expected.Count;
            dissolvedSelected += all.Count(c => c.DissolvedOn is not null && c.IsActiveOn(day));
        }
        Assert.True(selected > 0 && left > 0, $"exists: {selected} selected, {left} left out");
        Assert.True(dissolvedSelected > 0, "no committee dissolved later than an edge day: the count's second half went untested");
    }

    private static async Task<List<long>> ExistingCommitteesPagedAsync(RegistryDbContext db, DateOnly day)
    {
        var ids = new List<long>();
        for (long? after = null; ;)
        {
            var page = await ExistingCommittees.PageAsync(db, day, new PageRequest(7, after), default);
            ids.AddRange(page.Nodes.Select(c => c.Id));
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (!page.HasNextPage) return ids;
            after = page.Nodes[^1].Id;
        }
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

    /// <summary>
    /// The screening report's read model (<see cref="ScreeningRoundDays"/>, kept by the writes) equals its recomputation
    /// from the rounds in SQL and the days of the rounds counted in C#: per committee and year, bit d of mask d ÷ 62 for
    /// each day d of the year (1 January is 0) with a round. Returns the number of committee-years compared.
    /// </summary>
    public static async Task<int> RoundDaysReadModelAgrees(RegistryDbContext db)
    {
        static string Key(long committee, int year, IEnumerable<long> masks) => $"{committee}/{year}: {string.Join(",", masks)}";
        var stored = await db.ReadAsync(new SqlStatement().Write(_ =>
            "SELECT committee_id, year, m0, m1, m2, m3, m4, m5 FROM screening_round_days"),
            r => Key(r.Long(0), r.Int(1), Enumerable.Range(2, 6).Select(r.Long)), default);
        var recomputed = await db.ReadAsync(ScreeningRoundDaysSql.Recompute(db.Provider, null),
            r => Key(r.Long(0), r.Int(1), Enumerable.Range(2, 6).Select(r.Long)), default);
        var inMemory = (await db.ScreeningRounds.AsNoTracking().Select(r => new { r.CommitteeId, r.ScreenedOn }).ToListAsync())
            .GroupBy(r => (r.CommitteeId, r.ScreenedOn.Year))
            .Select(g =>
            {
                var masks = new long[ScreeningRoundDays.Masks];
                foreach (var day in g.Select(r => r.ScreenedOn.DayOfYear - 1))
                    masks[day / ScreeningRoundDays.DaysPerMask] |= 1L << (day % ScreeningRoundDays.DaysPerMask);
                return Key(g.Key.CommitteeId, g.Key.Year, masks);
            }).ToList();
        Assert.Equal(inMemory.Order(StringComparer.Ordinal), recomputed.Order(StringComparer.Ordinal));
        Assert.Equal(inMemory.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        return inMemory.Count;
    }

    /// <summary>
    /// The span read models (<c>certificate_validity_spans</c>, <c>grade_spans</c>, kept by triggers) against the domain:
    /// on every day an event or assessment falls, the day before, and one day a month across the years, a mediator holds a
    /// valid certificate by the spans exactly when one of their certificates <see cref="Domain.Certificates.Certificate.IsValidOn"/>
    /// that day, and the spans' grade is <see cref="GradeAssessment.On"/>'s. Checked as written, then again after events and
    /// assessments are deleted and rewritten in SQL (the update and delete triggers), inside a transaction rolled back.
    /// Returns how many (mediator, day) pairs were valid and not, and how many carried a grade.
    /// </summary>
    public static async Task<(int Valid, int NotValid, int Graded)> SpanReadModelsAgree(RegistryDbContext db)
    {
        var before = await SpansAgreeWithDomainAsync(db);
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var change in new[]
                 {
                     "DELETE FROM certificate_events WHERE id IN (SELECT MAX(id) FROM certificate_events GROUP BY certificate_id HAVING COUNT(*) > 1)",
                     "UPDATE certificate_events SET valid_until_after = '2026-06-30' WHERE id IN (SELECT MIN(id) FROM certificate_events GROUP BY certificate_id)",
                     "DELETE FROM grade_assessments WHERE id IN (SELECT MAX(id) FROM grade_assessments GROUP BY mediator_id HAVING COUNT(*) > 1)",
                     "UPDATE grade_assessments SET assessed_on = '2019-03-01' WHERE id IN (SELECT MIN(id) FROM grade_assessments GROUP BY mediator_id)",
                 })
            Assert.True(await db.Database.ExecuteSqlRawAsync(change) > 0, change);
        var after = await SpansAgreeWithDomainAsync(db);
        await transaction.RollbackAsync();
        Assert.NotEqual(before, after);
        return before;
    }

    private static async Task<(int Valid, int NotValid, int Graded)> SpansAgreeWithDomainAsync(RegistryDbContext db)
    {
        var certificates = (await db.Certificates.AsNoTracking().Include(c => c.Events).ToListAsync()).ToLookup(c => c.MediatorId);
        var assessments = (await db.GradeAssessments.AsNoTracking().ToListAsync()).ToLookup(a => a.MediatorId);
        var validity = (await db.ReadAsync(new SqlStatement().Write(_ => "SELECT mediator_id, valid_from, valid_to, superseded_on FROM certificate_validity_spans"),
            r => (Mediator: r.Long(0), From: r.Date(1)!.Value, To: r.Date(2)!.Value, Superseded: r.Date(3)), default)).ToLookup(v => v.Mediator);
        var grades = (await db.ReadAsync(new SqlStatement().Write(_ => "SELECT mediator_id, level_name, assessed_on, next_on FROM grade_spans"),
            r => (Mediator: r.Long(0), Level: r.GetString(1), From: r.Date(2)!.Value, Next: r.Date(3)), default)).ToLookup(g => g.Mediator);
        var monthly = Enumerable.Range(0, 20 * 12).Select(m => new DateOnly(2010, 1, 9).AddMonths(m)).ToList();
        var (valid, notValid, graded) = (0, 0, 0);
        foreach (var mediator in certificates.Select(g => g.Key).Union(assessments.Select(g => g.Key)))
        {
            var days = certificates[mediator].SelectMany(c => c.Events).Select(e => e.On).Concat(assessments[mediator].Select(a => a.AssessedOn))
                .SelectMany(d => new[] { d.AddDays(-1), d }).Concat(monthly).Distinct();
            foreach (var day in days)
            {
                var expected = certificates[mediator].Any(c => c.IsValidOn(day));
                var spans = validity[mediator].Any(v => v.From <= day && v.To >= day && (v.Superseded is null || v.Superseded > day));
                Assert.True(expected == spans, $"mediator {mediator} on {day}: valid {expected} by the domain, {spans} by the spans");
                if (expected) valid++; else notValid++;
                var grade = GradeAssessment.On(assessments[mediator], day)?.LevelName;
                var spanGrades = grades[mediator].Where(g => g.From <= day && (g.Next is null || g.Next > day)).Select(g => g.Level).ToList();
                Assert.True(spanGrades.Count <= 1, $"mediator {mediator} on {day}: {spanGrades.Count} grade spans");
                Assert.True(grade == spanGrades.SingleOrDefault(), $"mediator {mediator} on {day}: grade {grade} by the domain, {spanGrades.SingleOrDefault()} by the spans");
                if (grade is not null) graded++;
            }
        }
        return (valid, notValid, graded);
    }

    /// <summary>
    /// gradeEligibility's list of the eligible, selected in SQL by the criteria's twins (<c>GradingSql.Meets</c>) and
    /// paged there, against <see cref="GradeCriterion.Judge"/> run in C# on everyone's figures: for many levels whose
    /// thresholds are drawn around the roster's own figures (so each splits it), on several days. Also the grade held and
    /// since when, as SQL counts them, against <see cref="GradeAssessment.On"/> and <see cref="GradeAssessment.HeldSince"/>.
    /// </summary>
    public static async Task<(int Eligible, int NotEligible)> GradeEligibleAgrees(RegistryDbContext db, string regionCode)
    {
        var random = new Random(20261202);
        var assessments = (await db.GradeAssessments.AsNoTracking().ToListAsync()).ToLookup(a => a.MediatorId);
        var requirements = await db.TrainingRequirements.AsNoTracking().ToListAsync();
        var (eligible, notEligible) = (0, 0);
        foreach (var asOf in new[] { new DateOnly(2024, 2, 29), new DateOnly(2025, 6, 30), RegistryApp.Today })
        {
            for (var i = 0; i < 12; i++)
            {
                int? Years(double p) => random.NextDouble() < p ? random.Next(1, 4) : null;
                var rank = random.Next(1, 5);
                decimal? hours = random.NextDouble() < 0.3 ? random.Next(0, 9) / 2m : null;
                var shares = new[] { 0.3m, 0.5m, 0.25m, 0.8m, 0.75m, 0.9m, 0.6667m, 1m, 0m };
                var levels = Enumerable.Range(1, 4).Select(r => r == rank
                    ? new GradeLevelDetails($"L{r}", $"等级{r}", r,
                        MinYearsOfService: random.NextDouble() < 0.5 ? random.Next(0, 8) : null,
                        MinCasesLed: random.NextDouble() < 0.6 ? random.Next(0, 6) : null, CasesLedYears: random.Next(1, 4),
                        MaxOralAgreementShare: random.NextDouble() < 0.4 ? shares[random.Next(shares.Length)] : null, OralShareYears: random.Next(1, 4),
                        MinAgreementRate: random.NextDouble() < 0.4 ? shares[random.Next(shares.Length)] : null, AgreementRateYears: random.Next(1, 4),
                        MinTrainingHours: hours, TrainingYears: hours is not null || random.NextDouble() < 0.3 ? random.Next(1, 3) : null,
                        NoCriminalCaseYears: Years(0.3), NoUpheldComplaintYears: Years(0.3),
                        MinYearsAtLevelBelow: r > 1 && random.NextDouble() < 0.7 ? random.Next(0, 5) : null,
                        RequiresValidCertificate: random.NextDouble() < 0.5)
                    : new GradeLevelDetails($"L{r}", $"等级{r}", r)).ToList();
                var level = GradeLadder.Create(new GradeLadderDetails("51", "随机等级", "测试", new DateOnly(2018, 1, 1), null, levels)).Levels[rank - 1];

                var figures = await GradingQueries.FiguresAsync(db, regionCode, level, asOf, default);
                var expected = figures.Select(f => GradeEligibilityReport.Judge(f, level, asOf,
                        TrainingRequirementResolver.Resolve(requirements, regionCode, asOf).MinMinutesPerYear))
                    .Where(r => r.Eligible && !r.HoldsLevel).Select(r => r.MediatorId).ToList();
                var page = await GradeEligibilityReport.PageAsync(db, regionCode, level, asOf, everyone: false, null, 100_000, default);
                Assert.Equal(expected, page.Rows.Select(r => r.MediatorId));
                Assert.All(page.Rows, r => Assert.True(r.Eligible && !r.HoldsLevel));
                Assert.Equal(expected.Count, await page.TotalCount(default));
                if (expected.Count > 2)
                {
                    // A later page, and the count asked from it, in SQL too.
                    var later = await GradeEligibilityReport.PageAsync(db, regionCode, level, asOf, everyone: false, expected[1], 2, default);
                    Assert.Equal(expected.Skip(2).Take(2), later.Rows.Select(r => r.MediatorId));
                    Assert.Equal(expected.Count, await later.TotalCount(default));
                }
                var past = await GradeEligibilityReport.PageAsync(db, regionCode, level, asOf, everyone: false, long.MaxValue - 1, 5, default);
                Assert.Empty(past.Rows);
                Assert.Equal(expected.Count, await past.TotalCount(default));
                eligible += expected.Count;
                notEligible += figures.Count - expected.Count;

                foreach (var f in figures)
                {
                    var history = assessments[f.MediatorId].ToList();
                    Assert.Equal((GradeAssessment.On(history, asOf)?.Rank, GradeAssessment.HeldSince(history, asOf)),
                        (f.Figures.CurrentRank, f.Figures.RankHeldSince));
                }
            }
        }
        return (eligible, notEligible);
    }
}
