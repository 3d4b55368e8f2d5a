using System.Security.Cryptography;
using System.Text;
using Registry.Domain.Common;
using Registry.Domain.Disputes;
using Registry.Domain.Mediators;

namespace Registry.Domain.Cases;

/// <summary>
/// A mediated case (调解案件) as recorded by a committee and imported from a source platform. The registry is not a
/// case-management system: it keeps what grading (等级评定) and per-case subsidies (以案定补) are computed from.
/// A case is identified by its source platform and that platform's case number, so re-importing updates it.
/// Parties are kept only as keyed fingerprints of their ID numbers (see <see cref="IPartyHasher"/>).
/// </summary>
public class MediationCase : Entity
{
    public const int MaxPlatformLength = 50;
    public const int MaxExternalNumberLength = 64;
    public const int MaxParties = 50;
    public const int MaxCoMediators = 20;

    private readonly List<CaseCoMediator> coMediators = [];
    private readonly List<CaseParty> parties = [];

    private MediationCase() { }

    /// <summary>The platform the case came from, e.g. the Ministry's statistics platform or a provincial one.</summary>
    public string SourcePlatform { get; private set; } = "";
    /// <summary>The case number on <see cref="SourcePlatform"/>; unique per platform.</summary>
    public string ExternalNumber { get; private set; } = "";
    public long CommitteeId { get; private set; }
    public DisputeCategory Category { get; private set; }
    public CaseDifficulty Difficulty { get; private set; }
    public long LeadMediatorId { get; private set; }
    public IReadOnlyList<CaseCoMediator> CoMediators => coMediators;
    public DateOnly ReceivedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    /// <summary>Null while the case is open.</summary>
    public CaseOutcome? Outcome { get; private set; }
    /// <summary>The follow-up visit (回访).</summary>
    public DateOnly? FollowUpOn { get; private set; }
    /// <summary>Whether the agreement was carried out (协议履行); only for agreements, null when unknown.</summary>
    public bool? AgreementFulfilled { get; private set; }
    /// <summary>The dispute escalated into a criminal case (民转刑).</summary>
    public bool TurnedCriminal { get; private set; }
    /// <summary>The day the case was entered on the source platform (录入日期).</summary>
    public DateOnly EnteredOn { get; private set; }
    public IReadOnlyList<CaseParty> Parties => parties;

    /// <summary>
    /// SHA-256 of the sorted party fingerprints: equal exactly when two cases have the same set of parties, so the
    /// duplicate check is an equality join on one indexed column. Null when the case names no party.
    /// </summary>
    public string? PartySetFingerprint { get; private set; }
    /// <summary>Days from received to closed; null while open. Stored so averages are integer sums in SQL.</summary>
    public int? DaysToClose { get; private set; }
    /// <summary><see cref="ReceivedOn"/> as a day number, so both databases can subtract dates as integers.</summary>
    public int ReceivedDayNumber { get; private set; }
    /// <summary>
    /// Entered more than the policy's maximum delay after closing (应录必录, timely entry): judged with the policy in
    /// force for the committee's region on the closing date, when the case is recorded.
    /// </summary>
    public bool EnteredLate { get; private set; }

    public bool IsClosed => ClosedOn is not null;

    public static MediationCase Record(string? sourcePlatform, string? externalNumber, CaseDetails details, CaseContext context)
    {
        var guard = new Guard();
        var platform = guard.Text("sourcePlatform", sourcePlatform, MaxPlatformLength);
        var number = guard.Text("externalNumber", externalNumber, MaxExternalNumberLength);
        var @case = new MediationCase { SourcePlatform = platform, ExternalNumber = number };
        @case.Apply(guard, details, context);
        return @case;
    }

    /// <summary>Replaces what the platform says about the case, e.g. on re-import; the identity stays.</summary>
    public void Revise(CaseDetails details, CaseContext context) => Apply(new Guard(), details, context);

    /// <summary>The date appointments are checked on: the closing date, or the received date while open.</summary>
    public static DateOnly ReferenceDate(DateOnly receivedOn, DateOnly? closedOn) => closedOn ?? receivedOn;

    private void Apply(Guard guard, CaseDetails d, CaseContext context)
    {
        CheckDates(guard, d, context.Today);
        CheckCommittee(guard, d, context);
        CheckMediators(guard, d, context);
        var fingerprints = CheckParties(guard, d.PartyIdNumbers, context.Hasher);
        guard.ThrowIfAny();

        CommitteeId = d.CommitteeId;
        Category = d.Category;
        Difficulty = d.Difficulty;
        LeadMediatorId = d.LeadMediatorId;
        ReceivedOn = d.ReceivedOn;
        ClosedOn = d.ClosedOn;
        Outcome = d.Outcome;
        FollowUpOn = d.FollowUpOn;
        AgreementFulfilled = d.AgreementFulfilled;
        TurnedCriminal = d.TurnedCriminal;
        EnteredOn = d.EnteredOn;
        ReceivedDayNumber = d.ReceivedOn.DayNumber;
        DaysToClose = d.ClosedOn is { } closed ? closed.DayNumber - d.ReceivedOn.DayNumber : null;
        EnteredLate = d.ClosedOn is { } c && d.EnteredOn.DayNumber - c.DayNumber > context.MaxEntryDelayDays;
        Replace(coMediators, d.CoMediatorIds.Distinct().ToList(), m => m.MediatorId, id => new CaseCoMediator(id));
        Replace(parties, fingerprints, p => p.Fingerprint, f => new CaseParty(f));
        PartySetFingerprint = SetFingerprint(fingerprints);
    }

    /// <summary>SHA-256 (hex) of the ordinally sorted fingerprints joined by commas; null for no parties.</summary>
    public static string? SetFingerprint(IEnumerable<string> fingerprints)
    {
        var sorted = fingerprints.Distinct().Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join(',', sorted))));
    }

    private static void CheckDates(Guard guard, CaseDetails d, DateOnly today)
    {
        if (!Enum.IsDefined(d.Category)) guard.Add("category", ErrorCodes.Invalid, "category is not a dispute category.");
        if (!Enum.IsDefined(d.Difficulty)) guard.Add("difficulty", ErrorCodes.Invalid, "difficulty must be SIMPLE, ORDINARY, COMPLEX or MAJOR.");
        if (d.Outcome is { } o && !Enum.IsDefined(o)) guard.Add("outcome", ErrorCodes.Invalid, "outcome is not a case outcome.");
        if (d.ReceivedOn == default) guard.Add("receivedOn", ErrorCodes.Required, "receivedOn is required.");
        else if (d.ReceivedOn > today) guard.Add("receivedOn", ErrorCodes.OutOfRange, $"receivedOn must not be in the future (today is {today:yyyy-MM-dd}).");
        if (d.ClosedOn is { } closed)
        {
            if (closed < d.ReceivedOn)
                guard.Add("closedOn", ErrorCodes.OutOfRange, $"closedOn ({closed:yyyy-MM-dd}) must not be before receivedOn ({d.ReceivedOn:yyyy-MM-dd}).");
            else if (closed > today)
                guard.Add("closedOn", ErrorCodes.OutOfRange, $"closedOn must not be in the future (today is {today:yyyy-MM-dd}).");
            if (d.Outcome is null)
                guard.Add("outcome", ErrorCodes.Required, "A closed case needs an outcome.");
        }
        else
        {
            if (d.Outcome is not null) guard.Add("closedOn", ErrorCodes.Required, "A case with an outcome needs closedOn.");
            if (d.FollowUpOn is not null) guard.Add("followUpOn", ErrorCodes.InvalidState, "An open case cannot have had its follow-up visit.");
        }
        if (d.FollowUpOn is { } follow && d.ClosedOn is { } c && follow < c)
            guard.Add("followUpOn", ErrorCodes.OutOfRange, "followUpOn must not be before closedOn.");
        if (d.FollowUpOn > today) guard.Add("followUpOn", ErrorCodes.OutOfRange, "followUpOn must not be in the future.");
        if (d.AgreementFulfilled is not null && d.Outcome is not (CaseOutcome.WrittenAgreement or CaseOutcome.OralAgreement))
            guard.Add("agreementFulfilled", ErrorCodes.InvalidState, "agreementFulfilled applies only to a case closed with an agreement.");
        if (d.EnteredOn == default) guard.Add("enteredOn", ErrorCodes.Required, "enteredOn is required.");
        else if (d.EnteredOn < d.ReceivedOn)
            guard.Add("enteredOn", ErrorCodes.OutOfRange, "enteredOn must not be before receivedOn: a case is entered after it is received.");
        else if (d.EnteredOn > today) guard.Add("enteredOn", ErrorCodes.OutOfRange, "enteredOn must not be in the future.");
    }

    private static void CheckCommittee(Guard guard, CaseDetails d, CaseContext context)
    {
        if (context.Committee is not { } committee)
        {
            guard.Add("committeeId", ErrorCodes.NotFound, "No committee has this ID.");
            return;
        }
        if (!committee.IsActiveOn(d.ReceivedOn))
            guard.Add("committeeId", ErrorCodes.InvalidState,
                $"The committee did not exist on receivedOn {d.ReceivedOn:yyyy-MM-dd} (established {committee.EstablishedOn:yyyy-MM-dd}" +
                (committee.DissolvedOn is { } gone ? $", dissolved {gone:yyyy-MM-dd})." : ")."));
    }

    private static void CheckMediators(Guard guard, CaseDetails d, CaseContext context)
    {
        var on = ReferenceDate(d.ReceivedOn, d.ClosedOn);
        var when = d.ClosedOn is null ? "the received date, the case being open" : "the closing date";
        var toCommittee = context.MediatorAppointments.Where(a => a.MediatorId == d.LeadMediatorId && a.CommitteeId == d.CommitteeId).ToList();
        if (context.Committee is not null && !toCommittee.Any(a => a.IsActiveOn(on)))
            guard.Add("leadMediatorId", ErrorCodes.Conflict,
                $"The lead mediator was not appointed to this committee on {on:yyyy-MM-dd} ({when}); " +
                (toCommittee.Count == 0 ? "they have never been appointed to it."
                    : "their appointments to it ran " + string.Join(", ", toCommittee.OrderBy(a => a.StartDate).Select(a =>
                        $"{a.StartDate:yyyy-MM-dd} to {(a.EndDate is { } e ? e.ToString("yyyy-MM-dd") : "now")}")) + "."));
        if (d.CoMediatorIds.Count > MaxCoMediators)
            guard.Add("coMediatorIds", ErrorCodes.OutOfRange, $"A case has at most {MaxCoMediators} co-mediators.");
        var seen = new HashSet<long>();
        for (var i = 0; i < d.CoMediatorIds.Count; i++)
        {
            var id = d.CoMediatorIds[i];
            var at = $"coMediatorIds.{i}";
            if (id == d.LeadMediatorId) guard.Add(at, ErrorCodes.Invalid, "The lead mediator is not also a co-mediator.");
            else if (!seen.Add(id)) guard.Add(at, ErrorCodes.Duplicate, "This co-mediator is listed twice.");
            // Joint mediation (联合调解) brings in mediators of other committees: a co-mediator must be serving
            // some committee on the reference date, not necessarily this one.
            else if (!context.MediatorAppointments.Any(a => a.MediatorId == id && a.IsActiveOn(on)))
                guard.Add(at, ErrorCodes.Conflict, $"This co-mediator held no appointment to any committee on {on:yyyy-MM-dd} ({when}).");
        }
    }

    private static List<string> CheckParties(Guard guard, IReadOnlyList<string> idNumbers, IPartyHasher hasher)
    {
        var fingerprints = new List<string>();
        if (idNumbers.Count > MaxParties)
        {
            guard.Add("partyIdNumbers", ErrorCodes.OutOfRange, $"A case lists at most {MaxParties} parties.");
            return fingerprints;
        }
        for (var i = 0; i < idNumbers.Count; i++)
        {
            // The message never repeats the number: it is personal data of someone outside the roster.
            if (!ResidentIdNumber.TryParse(idNumbers[i], out var number, out var reason))
                guard.Add($"partyIdNumbers.{i}", ErrorCodes.Invalid, $"The party's ID number {reason}.");
            else
            {
                var fingerprint = hasher.Fingerprint(number!.Value);
                if (fingerprints.Contains(fingerprint)) guard.Add($"partyIdNumbers.{i}", ErrorCodes.Duplicate, "This party is listed twice.");
                else fingerprints.Add(fingerprint);
            }
        }
        return fingerprints;
    }

    private static void Replace<TItem, TKey>(List<TItem> items, IReadOnlyCollection<TKey> wanted, Func<TItem, TKey> key, Func<TKey, TItem> create)
    {
        // Keep rows that stay, so EF deletes and inserts only the difference.
        items.RemoveAll(item => !wanted.Contains(key(item)));
        foreach (var k in wanted.Where(k => !items.Any(item => Equals(key(item), k)))) items.Add(create(k));
    }
}
