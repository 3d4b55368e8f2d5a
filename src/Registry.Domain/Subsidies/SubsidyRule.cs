using Registry.Domain.Cases;

namespace Registry.Domain.Subsidies;

/// <summary>
/// The one definition of what a case line pays under a subsidy policy; the statement's SQL (<c>SubsidySql</c>)
/// restates it for speed and a twin test proves they agree.
/// <list type="number">
/// <item>Reasons, the first that applies for the whole case: ALREADY_CLAIMED (in an approved or paid claim), NO_POLICY
/// (none in force, or no rate for the difficulty and agreement), NOT_SUCCESSFUL, DUPLICATE_DISPUTE, ENTERED_LATE,
/// NO_FOLLOW_UP, LEAD_NOT_CERTIFIED; then for one mediator EXCLUDED_MEDIATOR (paid 0%); then CAPPED.</item>
/// <item>Shares: alone, the lead takes the whole case amount A. With k co-mediators each takes
/// ⌊A × (100 − lead%) / (100 × k)⌋ fen and the lead the rest, so the shares of a case sum to A exactly.</item>
/// <item>Each line: share × grade coefficient (thousandths) × the mediator's percent, rounded half up to the fen —
/// the only rounding: (share × permille × percent + 50,000) div 100,000.</item>
/// <item>Cap: per mediator and calendar month of closing, lines in order of closing date then case id, after the lines
/// of that month already claimed in any region (one cap per mediator, however many counties they serve in); a line paying past the cap pays what is left (maybe 0) and says CAPPED.</item>
/// </list>
/// Totals are sums of lines, so they equal the lines exactly.
/// </summary>
public static class SubsidyRule
{
    /// <summary>The lines of one case before the cap (the cap needs the mediator's other lines: <see cref="ApplyCap"/>).</summary>
    public static IReadOnlyList<SubsidyLine> Judge(SubsidyCaseFacts facts, SubsidyPolicy? policy)
    {
        var agreement = AgreementOf(facts.Outcome);
        var amount = policy is not null && agreement is { } kind ? policy.RateFor(facts.Difficulty, kind) : null;
        var reason = CaseReason(facts, policy, amount);
        var k = facts.CoMediators.Count;
        var lead = policy?.LeadSharePercent ?? 100;
        var whole = reason is null ? amount!.Value : 0;
        var coBase = k == 0 ? 0 : whole * (100 - lead) / (100 * k);
        var lines = new List<SubsidyLine> { Line(facts, facts.Lead, true, k == 0 ? 1 : lead, k == 0 ? 1 : 100, whole - k * coBase, policy, reason) };
        lines.AddRange(facts.CoMediators.Select(m => Line(facts, m, false, 100 - lead, 100 * k, coBase, policy, reason)));
        return lines;
    }

    /// <summary>The case-wide reason, or null when the case pays.</summary>
    public static SubsidyReason? CaseReason(SubsidyCaseFacts facts, SubsidyPolicy? policy, long? amount)
    {
        if (facts.AlreadyClaimed) return SubsidyReason.AlreadyClaimed;
        if (policy is null) return SubsidyReason.NoPolicy;
        if (AgreementOf(facts.Outcome) is null) return SubsidyReason.NotSuccessful;
        if (amount is null) return SubsidyReason.NoPolicy;
        if (facts.DuplicateOfEarlier) return SubsidyReason.DuplicateDispute;
        if (facts.EntryDelayDays > policy.MaxEntryDelayDays) return SubsidyReason.EnteredLate;
        if (NeedsFollowUp(policy, facts.Difficulty) && !facts.FollowedUp) return SubsidyReason.NoFollowUp;
        if (!facts.LeadCertified) return SubsidyReason.LeadNotCertified;
        return null;
    }

    /// <summary>
    /// Whether <paramref name="earlier"/> makes <paramref name="later"/> a duplicate dispute (one payment per dispute): the
    /// same party set and category, an agreement, received no more than <paramref name="windowDays"/> days before it (on
    /// the same day, the lower id is the earlier).
    /// </summary>
    public static bool IsEarlierOfSameDispute(MediationCase earlier, MediationCase later, int windowDays) =>
        earlier.Id != later.Id && later.PartySetFingerprint is not null && earlier.PartySetFingerprint == later.PartySetFingerprint
        && earlier.Category == later.Category && AgreementOf(earlier.Outcome) is not null
        && earlier.ReceivedDayNumber >= later.ReceivedDayNumber - windowDays
        && (earlier.ReceivedDayNumber < later.ReceivedDayNumber || earlier.ReceivedDayNumber == later.ReceivedDayNumber && earlier.Id < later.Id);

    public static bool NeedsFollowUp(SubsidyPolicy policy, CaseDifficulty difficulty) =>
        policy.FollowUpRequiredFrom is { } from && difficulty >= from;

    public static AgreementKind? AgreementOf(CaseOutcome? outcome) => outcome switch
    {
        CaseOutcome.WrittenAgreement => AgreementKind.Written,
        CaseOutcome.OralAgreement => AgreementKind.Oral,
        _ => null,
    };

    /// <summary>The percent of a line a mediator is paid: civil servants' rate first, then full-time staff's, else 100.</summary>
    public static int PersonPercent(SubsidyPolicy? policy, SubsidyMediatorFacts m) =>
        policy is null ? 100 : m.CivilServant ? policy.CivilServantPercent : m.FullTime ? policy.FullTimePercent : 100;

    /// <summary>share × permille × percent, rounded half up to the fen.</summary>
    public static long Round(long shareFen, int permille, int percent) => (shareFen * permille * percent + 50_000) / 100_000;

    /// <summary>
    /// Caps one mediator's lines of one month: <paramref name="alreadyClaimedFen"/> (their lines of the month in
    /// approved or paid claims, whatever region claimed them) counts first, then the lines in order of closing date and case id, each against the cap
    /// of its own policy (null: no cap), every payable line's amount counting towards the month.
    /// </summary>
    public static IReadOnlyList<SubsidyLine> ApplyCap(IEnumerable<(SubsidyLine Line, DateOnly ClosedOn, long? CapFen)> lines, long alreadyClaimedFen)
    {
        var used = alreadyClaimedFen;
        var result = new List<SubsidyLine>();
        foreach (var (line, _, capFen) in lines.OrderBy(l => l.ClosedOn).ThenBy(l => l.Line.CaseId))
        {
            if (line.Reason != SubsidyReason.Payable) { result.Add(line); continue; }
            var paid = capFen is { } cap ? Math.Min(line.AmountBeforeCapFen, Math.Max(0, cap - used)) : line.AmountBeforeCapFen;
            used += line.AmountBeforeCapFen;
            result.Add(line with { AmountFen = paid, Reason = paid < line.AmountBeforeCapFen ? SubsidyReason.Capped : SubsidyReason.Payable });
        }
        return result;
    }

    private static SubsidyLine Line(SubsidyCaseFacts facts, SubsidyMediatorFacts m, bool isLead, int num, int den, long baseFen,
        SubsidyPolicy? policy, SubsidyReason? caseReason)
    {
        var permille = policy?.CoefficientFor(m.LevelName) ?? 1000;
        var percent = PersonPercent(policy, m);
        var reason = caseReason ?? (percent == 0 ? SubsidyReason.ExcludedMediator : SubsidyReason.Payable);
        var amount = reason == SubsidyReason.Payable ? Round(baseFen, permille, percent) : 0;
        return new SubsidyLine(facts.CaseId, m.MediatorId, isLead, num, den, baseFen, permille, percent, amount, amount, reason);
    }
}
