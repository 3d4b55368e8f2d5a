using Microsoft.EntityFrameworkCore;
using Registry.Data;
using Registry.Data.Reports.Subsidies;
using Registry.Domain.Grading;
using Registry.Domain.Subsidies;

namespace Registry.Api.Tests.Rules;

/// <summary>The statement's SQL against <see cref="SubsidyRule"/> run in memory over the same rows.</summary>
public static class SubsidyTwins
{
    /// <summary>Compares every line; returns how many lines ended with each reason, so a caller can check the data set varied.</summary>
    public static async Task<Dictionary<SubsidyReason, int>> AgreeAsync(RegistryDbContext db, string region, DateOnly from, DateOnly to)
    {
        var scope = new SubsidyScope(region, from, to);
        var sql = (await SubsidyStatementQueries.LinesAsync(db, scope, null, null, 1_000_000, CancellationToken.None))
            .ToDictionary(l => (l.CaseId, l.MediatorId));
        var (expected, shown) = await InMemoryAsync(db, scope);
        Assert.Equal(expected.Count, sql.Count);
        foreach (var (key, line) in expected)
        {
            var s = sql[key];
            Assert.Equal((key, line.IsLead, line.BaseFen, line.CoefficientPermille, line.PersonPercent, line.AmountBeforeCapFen, line.AmountFen, line.Reason),
                (key, s.IsLead, s.BaseFen, s.CoefficientPermille, s.PersonPercent, s.AmountBeforeCap, s.Amount, s.Reason));
            Assert.Equal((key, shown[key].LevelName, shown[key].LeadCertified), (key, s.LevelName, s.LeadCertified));
            Assert.Equal((double)line.ShareNumerator / line.ShareDenominator, (double)s.ShareNumerator / s.ShareDenominator, 9);
        }
        var summary = await SubsidyStatementQueries.SummaryAsync(db, scope, 0, CancellationToken.None);
        var totals = SubsidyTotals.Sum(summary.Select(r => r.Totals));
        Assert.Equal((expected.Values.Sum(l => l.AmountBeforeCapFen), expected.Values.Sum(l => l.AmountFen), expected.Count,
                expected.Values.Count(l => l.AmountFen > 0), expected.Keys.Select(k => k.Item1).Distinct().Count()),
            (totals.AmountBeforeCap, totals.Amount, totals.Lines, totals.PayableLines, totals.Cases));
        // Paged (a wide scope's month parts merged page by page), the lines are the same ones in line-key order, each as
        // the whole statement has it (a page prices its own decided lines only: Pricing.UndecidedAndPage), and each page
        // carries their count; so are the payable and the unpaid ones.
        foreach (var payable in new bool?[] { null, true, false })
        {
            var wanted = sql.Values.Where(l => payable is null || l.Amount > 0 == payable).Select(l => l.LineKey).Order().ToList();
            var size = Math.Max(3, wanted.Count / 4);
            var paged = new List<long>();
            for (long? after = null; ;)
            {
                var page = await SubsidyStatementQueries.LinesAsync(db, scope, payable, after, size, CancellationToken.None);
                if (page.Count == 0) break;
                Assert.All(page, l => Assert.Equal(wanted.Count, l.Count));
                Assert.All(page, l => Assert.Equal(sql[(l.CaseId, l.MediatorId)] with { Count = 0 }, l with { Count = 0 }));
                paged.AddRange(page.Select(l => l.LineKey));
                after = page[^1].LineKey;
            }
            Assert.Equal(wanted, paged);
        }
        var expectedReasons = expected.Values.GroupBy(l => l.Reason).ToDictionary(g => g.Key, g => g.Count());
        // The sums price only the lines no case reason decides (SubsidySql.With, sumsOnly): per reason and per mediator
        // they must still be those of every line.
        Assert.Equal(expectedReasons.OrderBy(r => r.Key),
            summary.GroupBy(r => r.Reason).Select(g => KeyValuePair.Create(g.Key, g.Sum(r => r.Totals.Lines))).Where(r => r.Value > 0).OrderBy(r => r.Key));
        var byMediator = await SubsidyStatementQueries.ByAsync(db, scope, "mediator_id", null, 1_000_000, CancellationToken.None);
        Assert.Equal(
            expected.Values.GroupBy(l => l.MediatorId).OrderBy(g => g.Key)
                .Select(g => (g.Key, g.Sum(l => l.AmountBeforeCapFen), g.Sum(l => l.AmountFen), g.Count(), g.Count(l => l.AmountFen > 0))),
            byMediator.Select(r => (r.Key, r.Totals.AmountBeforeCap, r.Totals.Amount, r.Totals.Lines, r.Totals.PayableLines)));
        return expectedReasons;
    }

    /// <summary>Every line as the rule works it out, and what a statement line shows beside it: the mediator's grade and whether the lead was certified.</summary>
    private static async Task<(Dictionary<(long, long), SubsidyLine> Lines, Dictionary<(long, long), (string? LevelName, bool LeadCertified)> Shown)>
        InMemoryAsync(RegistryDbContext db, SubsidyScope scope)
    {
        var lower = Domain.Regions.RegionCode.LowerBound(scope.RegionCode);
        var upper = Domain.Regions.RegionCode.UpperBound(scope.RegionCode);
        var committees = await db.Committees.AsNoTracking()
            .Where(c => string.Compare(c.RegionCode, lower) >= 0 && string.Compare(c.RegionCode, upper) < 0)
            .ToDictionaryAsync(c => c.Id, c => c.RegionCode);
        var ids = committees.Keys.ToList();
        var cases = await db.Cases.AsNoTracking().Include(c => c.CoMediators)
            .Where(c => ids.Contains(c.CommitteeId) && c.ClosedOn >= scope.From && c.ClosedOn <= scope.To).ToListAsync();
        var fingerprints = cases.Select(c => c.PartySetFingerprint).Where(f => f != null).Distinct().ToList();
        var sameParties = await db.Cases.AsNoTracking().Where(c => fingerprints.Contains(c.PartySetFingerprint)).ToListAsync();
        var policies = await db.SubsidyPolicies.AsNoTracking().ToListAsync();
        var mediators = await db.Mediators.AsNoTracking().ToDictionaryAsync(m => m.Id);
        var appointments = (await db.Appointments.AsNoTracking().ToListAsync()).ToLookup(a => a.MediatorId);
        var grades = (await db.GradeAssessments.AsNoTracking().ToListAsync()).ToLookup(a => a.MediatorId);
        var certificates = (await db.Certificates.AsNoTracking().Include(c => c.Events).ToListAsync()).ToLookup(c => c.MediatorId);
        var settled = await db.SubsidyClaims.AsNoTracking().Where(c => c.Status == ClaimStatus.Approved || c.Status == ClaimStatus.Paid).Select(c => c.Id).ToListAsync();
        var claimedCases = (await db.SubsidyClaimCases.AsNoTracking().Where(c => c.LiveCaseId != null && settled.Contains(c.ClaimId)).Select(c => c.CaseId).ToListAsync()).ToHashSet();
        // What approved or paid claims already pay each mediator per month of closing, in any region: the cap counts it first.
        var claimedFen = (await db.SubsidyClaimLines.AsNoTracking().Where(l => settled.Contains(l.ClaimId)).ToListAsync())
            .GroupBy(l => (l.MediatorId, l.ClosedOn.Year, l.ClosedOn.Month)).ToDictionary(g => g.Key, g => g.Sum(l => l.AmountFen));

        SubsidyMediatorFacts Facts(long id, DateOnly on) => new(id, GradeAssessment.On(grades[id], on)?.LevelName,
            mediators[id].Background == Domain.Mediators.ProfessionalBackground.CivilServant,
            appointments[id].Any(a => a.Employment == Domain.Appointments.Employment.FullTime && a.IsActiveOn(on)));

        var judged = new List<(SubsidyLine Line, DateOnly ClosedOn, SubsidyPolicy? Policy)>();
        var shown = new Dictionary<(long, long), (string? LevelName, bool LeadCertified)>();
        foreach (var k in cases)
        {
            var on = k.ClosedOn!.Value;
            var policy = SubsidyPolicyResolver.Governing(policies, committees[k.CommitteeId], on);
            var facts = new SubsidyCaseFacts(k.Id, k.Difficulty, k.Outcome, on, k.EnteredOn.DayNumber - on.DayNumber, k.FollowUpOn is not null,
                policy is not null && sameParties.Any(o => SubsidyRule.IsEarlierOfSameDispute(o, k, policy.DuplicateWindowDays)),
                certificates[k.LeadMediatorId].Any(c => c.IsValidOn(on)), claimedCases.Contains(k.Id),
                Facts(k.LeadMediatorId, on), k.CoMediators.Select(m => Facts(m.MediatorId, on)).ToList());
            foreach (var line in SubsidyRule.Judge(facts, policy))
            {
                judged.Add((line, on, policy));
                shown[(line.CaseId, line.MediatorId)] = (GradeAssessment.On(grades[line.MediatorId], on)?.LevelName, facts.LeadCertified);
            }
        }
        var result = new Dictionary<(long, long), SubsidyLine>();
        foreach (var month in judged.GroupBy(j => (j.Line.MediatorId, j.ClosedOn.Year, j.ClosedOn.Month)))
        {
            var claimed = claimedFen.GetValueOrDefault(month.Key);
            foreach (var line in SubsidyRule.ApplyCap(month.Select(j => (j.Line, j.ClosedOn, j.Policy?.MonthlyCapFen)), claimed))
                result[(line.CaseId, line.MediatorId)] = line;
        }
        return (result, shown);
    }
}
