using Npgsql;
using NpgsqlTypes;

namespace Registry.Data.Generation;

/// <summary>
/// The parties of the generated cases, as an imported case has them: two residents of the committee's county, born 1950–2004,
/// known only by the configured <see cref="IPartyHasher"/>'s fingerprints of their ID numbers, and the case's
/// <see cref="MediationCase.PartySetFingerprint"/>. A case's parties are drawn from its party set's number alone (by
/// default its own id), so they are computed again rather than held for the second COPY. About one case in 33 repeats
/// the dispute of the case before it under the same appointment (its party set and category), which the subsidy
/// statement's one-payment-per-dispute rule and the <c>agreed_disputes</c> read model then meet.
/// </summary>
internal sealed class CasePartySets(int seed, IPartyHasher hasher)
{
    public const int RepeatOneIn = 33;
    private static readonly DateOnly EarliestBirth = new(1950, 1, 1);

    /// <summary>Cases whose party set is another case's (case id → that case's id); every other case's set is its own id.</summary>
    private readonly Dictionary<long, long> repeats = [];
    /// <summary>Each case's committee (by case id − 1), for its parties' county.</summary>
    private readonly List<int> committees = [];

    public void Add(long caseId, int committee, long? repeatsCase)
    {
        committees.Add(committee);
        if (repeatsCase is { } earlier) repeats[caseId] = earlier;
    }

    public long SetOf(long caseId) => repeats.GetValueOrDefault(caseId, caseId);

    /// <summary>The party fingerprints of a set whose parties live in <paramref name="county"/>: two distinct residents.</summary>
    public string[] Fingerprints(long set, string county)
    {
        var h = Mix(((ulong)(uint)seed << 40) ^ (ulong)set);
        var (first, second) = (Mix(h), Mix(h + 1));
        var sequence = (int)(first % 500);
        return
        [
            hasher.Fingerprint(Resident(county, first, sequence)),
            // Another sequence than the first's, so the two are never the same person.
            hasher.Fingerprint(Resident(county, second, (sequence + 1 + (int)(second % 499)) % 500)),
        ];
    }

    public string SetFingerprint(long set, string county) => MediationCase.SetFingerprint(Fingerprints(set, county))!;

    /// <summary>Writes <c>case_parties</c> for every case added, computing each set's parties again.</summary>
    public async Task<long> WriteAsync(NpgsqlConnection connection, Roster roster, GenerationProgress progress, CancellationToken ct)
    {
        progress.Begin("case parties", committees.Count, "cases");
        var rows = 0L;
        await using var import = await BulkCopy.BeginAsync(connection, "case_parties", "case_id, fingerprint", ct);
        for (var i = 0; i < committees.Count; i++)
        {
            var caseId = i + 1L;
            foreach (var fingerprint in Fingerprints(SetOf(caseId), County(roster, committees[i])))
            {
                import.StartRow();
                import.Write(caseId, NpgsqlDbType.Bigint);
                import.Write(fingerprint);
                rows++;
            }
            progress.Step();
        }
        await import.CompleteAsync(ct);
        progress.End();
        return rows;
    }

    public static string County(Roster roster, int committee) => roster.Committees[committee].RegionCode[..6];

    private static string Resident(string county, ulong h, int sequence) =>
        ResidentIdNumber.Compose(county, EarliestBirth.AddDays((int)((h >> 20) % 20_000)), sequence,
            (h >> 50 & 1) == 0 ? Gender.Male : Gender.Female);

    /// <summary>SplitMix64's finaliser: a well-spread 64-bit value from any other.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
