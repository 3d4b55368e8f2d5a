using Registry.Domain.Appointments;
using Registry.Domain.Cases;
using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Disputes;
using Registry.Domain.Mediators;
using Registry.Domain.Tests.Common;

namespace Registry.Domain.Tests.Cases;

public class CaseRecording
{
    private const long Lead = 7;
    private const long Co = 8;
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Committee Committee = Domain.Committees.Committee.Create(new CommitteeDetails("测试调委会", CommitteeKind.Village, "419001100201", new(2015, 1, 1)), TestToday);
    private static readonly string PartyA = ResidentIdNumber.Compose("419001", new(1980, 5, 1), 12, Gender.Male);
    private static readonly string PartyB = ResidentIdNumber.Compose("419001", new(1985, 6, 2), 34, Gender.Female);

    private sealed class TestHasher : IPartyHasher
    {
        public string Fingerprint(string normalisedIdNumber) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes("k" + normalisedIdNumber)));
    }

    private static CaseDetails Details(DateOnly? closed = null, CaseOutcome? outcome = CaseOutcome.WrittenAgreement, DateOnly? received = null,
        DateOnly? entered = null, IReadOnlyList<long>? co = null, IReadOnlyList<string>? parties = null, bool? fulfilled = null, DateOnly? followUp = null)
    {
        var r = received ?? new DateOnly(2026, 1, 5);
        var c = closed ?? new DateOnly(2026, 2, 1);
        return new CaseDetails(0, DisputeCategory.Neighbours, CaseDifficulty.Ordinary, Lead, co ?? [], r, outcome is null && closed is null ? null : c, outcome,
            followUp, fulfilled, false, entered ?? (outcome is null ? r : c), parties ?? []);
    }

    private static CaseContext Context(int maxDelay = 30, DateOnly? leadEnd = null) => new(Committee,
        [
            Appointment.Make(Lead, 0, AppointmentRole.Member, Employment.PartTime, new(2016, 1, 1), leadEnd, [], AdultBirthDate),
            Appointment.Make(Co, 99, AppointmentRole.Member, Employment.PartTime, new(2016, 1, 1), null, [], AdultBirthDate),
        ], maxDelay, Today, new TestHasher());

    private static MediationCase Record(CaseDetails d, CaseContext? context = null) => MediationCase.Record("平台", "N-1", d, context ?? Context());

    [Fact]
    public void AClosedCaseKeepsDaysToCloseAndTheSetFingerprint()
    {
        var c = Record(Details(parties: [PartyA, PartyB], co: [Co]));
        Assert.Equal(27, c.DaysToClose);
        Assert.Equal(2, c.Parties.Count);
        Assert.Equal(Co, Assert.Single(c.CoMediators).MediatorId);
        Assert.False(c.EnteredLate);
        Assert.DoesNotContain(c.Parties, p => p.Fingerprint.Contains(PartyA));
    }

    [Fact]
    public void ThePartySetFingerprintIgnoresOrder()
    {
        var ab = Record(Details(parties: [PartyA, PartyB]));
        var ba = Record(Details(parties: [PartyB.ToLowerInvariant(), PartyA]));
        var a = Record(Details(parties: [PartyA]));
        Assert.Equal(ab.PartySetFingerprint, ba.PartySetFingerprint);
        Assert.NotEqual(ab.PartySetFingerprint, a.PartySetFingerprint);
        Assert.Null(Record(Details()).PartySetFingerprint);
    }

    [Fact]
    public void ClosedBeforeReceivedIsRefused() =>
        DomainAssert.FailsWith(() => Record(Details(received: new(2026, 2, 10), closed: new(2026, 2, 1), entered: new(2026, 2, 11))), "closedOn", ErrorCodes.OutOfRange);

    [Fact]
    public void AnOutcomeNeedsAClosingDateAndAClosingDateAnOutcome()
    {
        DomainAssert.FailsWith(() => Record(new CaseDetails(0, DisputeCategory.Neighbours, CaseDifficulty.Simple, Lead, [], new(2026, 1, 5), null,
            CaseOutcome.Failed, null, null, false, new(2026, 1, 5), [])), "closedOn", ErrorCodes.Required);
        DomainAssert.FailsWith(() => Record(new CaseDetails(0, DisputeCategory.Neighbours, CaseDifficulty.Simple, Lead, [], new(2026, 1, 5), new(2026, 1, 9),
            null, null, null, false, new(2026, 1, 9), [])), "outcome", ErrorCodes.Required);
    }

    [Fact]
    public void TheLeadMediatorMustServeTheCommitteeOnTheClosingDate()
    {
        var error = DomainAssert.FailsWith(() => Record(Details(), Context(leadEnd: new(2026, 1, 31))), "leadMediatorId", ErrorCodes.Conflict);
        Assert.Contains("2026-02-01", error.Message);
        Record(Details(closed: new(2026, 1, 31)), Context(leadEnd: new(2026, 1, 31)));
    }

    [Fact]
    public void ACoMediatorMayServeAnotherCommitteeButMustServeSomewhere()
    {
        Record(Details(co: [Co]));
        DomainAssert.FailsWith(() => Record(Details(co: [123])), "coMediatorIds.0", ErrorCodes.Conflict);
        DomainAssert.FailsWith(() => Record(Details(co: [Lead])), "coMediatorIds.0", ErrorCodes.Invalid);
    }

    [Fact]
    public void EnteredBeforeReceivedOrTheSamePartyTwiceOrABadNumberIsRefused()
    {
        DomainAssert.FailsWith(() => Record(Details(entered: new(2026, 1, 1))), "enteredOn", ErrorCodes.OutOfRange);
        DomainAssert.FailsWith(() => Record(Details(parties: [PartyA, PartyA.ToLowerInvariant()])), "partyIdNumbers.1", ErrorCodes.Duplicate);
        var error = DomainAssert.FailsWith(() => Record(Details(parties: [PartyA[..17] + "0" == PartyA ? PartyA[..17] + "1" : PartyA[..17] + "0"])), "partyIdNumbers.0", ErrorCodes.Invalid);
        Assert.DoesNotContain(PartyA[..17], error.Message);
    }

    [Fact]
    public void AgreementFulfilledOnlyForAgreements() =>
        DomainAssert.FailsWith(() => Record(Details(outcome: CaseOutcome.Failed, fulfilled: true)), "agreementFulfilled", ErrorCodes.InvalidState);

    [Fact]
    public void EnteredLateIsJudgedByThePolicyLimit()
    {
        Assert.False(Record(Details(entered: new(2026, 3, 3))).EnteredLate);          // 30 days after 02-01
        Assert.True(Record(Details(entered: new(2026, 3, 4))).EnteredLate);           // 31 days
        Assert.True(Record(Details(entered: new(2026, 2, 9)), Context(maxDelay: 7)).EnteredLate);
        Assert.False(Record(Details(outcome: null, entered: new(2026, 6, 1))).EnteredLate); // open cases are never late
    }

    [Fact]
    public void ReviseReplacesDetailsAndKeepsTheIdentity()
    {
        var c = Record(Details(parties: [PartyA, PartyB], co: [Co]));
        c.Revise(Details(outcome: CaseOutcome.OralAgreement, parties: [PartyA]), Context());
        Assert.Equal(("平台", "N-1", CaseOutcome.OralAgreement), (c.SourcePlatform, c.ExternalNumber, c.Outcome!.Value));
        Assert.Single(c.Parties);
        Assert.Empty(c.CoMediators);
    }
}
