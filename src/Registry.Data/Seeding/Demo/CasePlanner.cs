using Bogus;
using Registry.Domain.Common;
using Registry.Domain.Disputes;
using Registry.Domain.Cases;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// Plans demo cases for 2025-01-01 to 2026-10-31: a few per committee for a sample of the demo committees, led by a
/// mediator serving the committee through the case, with mixed outcomes, some late entries, some turned criminal, and
/// a dozen disputes recorded twice in neighbouring committees so <c>possibleDuplicateCases</c> has something to show.
/// Every case goes through <see cref="MediationCase.Record"/>: the demo obeys the same rules as an import.
/// </summary>
internal sealed class CasePlanner(Randomizer random, IPartyHasher hasher)
{
    public const string Platform = "演示平台";
    private static readonly DateOnly First = DemoDates.On(2025);
    private static readonly DateOnly Last = DemoDates.On(2026, 10, 31);
    private static readonly DisputeCategory[] Common =
        [DisputeCategory.MarriageAndFamily, DisputeCategory.Neighbours, DisputeCategory.HousingAndHomestead, DisputeCategory.LandAndForest,
         DisputeCategory.Labour, DisputeCategory.Damages, DisputeCategory.Debt, DisputeCategory.RoadTraffic, DisputeCategory.Contract];

    public List<MediationCase> Plan(IReadOnlyList<Committee> committees, IReadOnlyList<Appointment> appointments, int target = 3000)
    {
        var byCommittee = appointments.GroupBy(a => a.CommitteeId).ToDictionary(g => g.Key, g => g.ToList());
        var served = committees.Where(c => byCommittee.ContainsKey(c.Id)).OrderBy(c => c.Id).ToList();
        var cases = new List<MediationCase>();
        if (served.Count == 0) return cases;
        var perCommittee = Math.Max(1, target / served.Count);
        var number = 0;
        foreach (var committee in served)
            for (var k = 0; k < perCommittee && cases.Count < target; k++)
                if (Plan(committee, byCommittee[committee.Id], ++number, Parties(2)) is { } planned) cases.Add(planned);
        for (var d = 0; d < 12 && served.Count > 1; d++)
        {
            var a = served[random.Int(0, served.Count - 2)];
            var b = served[served.IndexOf(a) + 1];
            var parties = Parties(2);
            var category = random.ArrayElement(Common);
            var received = random.Between(First, Last.AddDays(-60));
            if (Plan(a, byCommittee[a.Id], ++number, parties, category, received) is { } x
                && Plan(b, byCommittee[b.Id], ++number, [parties[1], parties[0]], category, received.AddDays(random.Int(3, 60))) is { } y)
                cases.AddRange([x, y]);
        }
        return cases;
    }

    private MediationCase? Plan(Committee committee, List<Appointment> staff, int number, List<string> parties,
        DisputeCategory? category = null, DateOnly? receivedOn = null)
    {
        var received = receivedOn ?? random.Between(First, Last);
        var open = random.Int(0, 9) == 0;
        DateOnly? closed = open ? null : DemoDates.Min(received.AddDays(random.Int(0, 45)), DemoDates.Today);
        var on = closed ?? received;
        var lead = staff.Where(a => a.IsActiveOn(received) && a.IsActiveOn(on)).Select(a => a.MediatorId).Distinct().ToList();
        if (lead.Count == 0 || !committee.IsActiveOn(received)) return null;
        var roll = random.Int(0, 99);
        CaseOutcome? outcome = closed is null ? null
            : roll < 55 ? CaseOutcome.WrittenAgreement : roll < 80 ? CaseOutcome.OralAgreement : roll < 90 ? CaseOutcome.Failed
            : roll < 95 ? CaseOutcome.Referred : CaseOutcome.Withdrawn;
        var difficulty = (CaseDifficulty)random.WeightedRandom([0, 1, 2, 3], [0.35f, 0.45f, 0.15f, 0.05f]);
        DateOnly? followUp = closed is { } c && random.Bool(0.6f) ? DemoDates.Min(c.AddDays(random.Int(7, 30)), DemoDates.Today) : null;
        var entered = DemoDates.Min(on.AddDays(random.Bool(0.9f) ? random.Int(0, 10) : random.Int(31, 120)), DemoDates.Today);
        var details = new CaseDetails(committee.Id, category ?? random.ArrayElement(Common), difficulty, random.ListItem(lead), [],
            received, closed, outcome, followUp,
            outcome is CaseOutcome.WrittenAgreement or CaseOutcome.OralAgreement ? random.Bool(0.9f) : null,
            outcome is not null && random.Int(0, 399) == 0, entered, parties);
        try
        {
            return MediationCase.Record(Platform, $"DEMO-{number:000000}", details,
                new CaseContext(committee, staff, CaseRecordingPolicy.DefaultMaxEntryDelayDays, DemoDates.Today, hasher));
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private List<string> Parties(int count) => Enumerable.Range(0, count).Select(_ =>
        ResidentIdNumber.Compose(InAProvince(random.Int(110101, 659001)), random.Between(DemoDates.On(1940), DemoDates.On(2005)),
            random.Int(0, 499), random.Bool() ? Gender.Male : Gender.Female)).ToList();

    /// <summary>
    /// A six-digit address code from a number: kept when it starts with a province, else moved into one (by the number
    /// itself, so the random sequence, and with it the rest of the demo, stays as it was).
    /// </summary>
    private static string InAProvince(int code) =>
        ResidentIdNumber.ProvinceCodes.Contains(code / 10000) ? $"{code:000000}"
        : $"{ResidentIdNumber.ProvinceCodes[code % ResidentIdNumber.ProvinceCodes.Count]}{code % 10000:0000}";
}
