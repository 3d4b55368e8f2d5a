using Registry.Api.Schema;
using Registry.Data.Cases;
using Registry.Domain.Appointments;
using Registry.Domain.Cases;
using Registry.Domain.Committees;
using Registry.Domain.Mediators;

namespace Registry.Api.Cases;

/// <summary>
/// Imports a batch of cases from one platform, all or nothing: every row is checked, and if any row is rejected the
/// whole batch is refused with every bad row's errors (field <c>cases.&lt;index&gt;.&lt;field&gt;</c>). A row whose
/// (platform, external number) is already stored updates that case. The batch's committees, mediators, appointments,
/// existing cases and policies are read in a handful of set-based queries, never one per row. The caller owns the
/// transaction and saves (the GraphQL mutation runner, the upload endpoint, the benchmark).
/// </summary>
public sealed class CaseImporter(IPartyHasher hasher, TimeProvider clock)
{
    public const int MaxRows = 5000;

    public async Task<CaseImportResult> ImportAsync(RegistryDbContext db, string? sourcePlatform, IReadOnlyList<CaseImportRow> rows,
        CancellationToken ct, string rowField = "cases", Func<string, bool>? covers = null)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var platform = sourcePlatform?.Trim() ?? "";
        if (platform.Length == 0)
            throw new DomainException("sourcePlatform", ErrorCodes.Required, "sourcePlatform must name the platform the cases come from.");
        if (rows.Count > MaxRows)
            throw new DomainException(rowField, ErrorCodes.OutOfRange, $"At most {MaxRows} cases per import; split the batch.");

        var errors = new List<DomainError>();
        var refs = rows.Select((row, i) => RowRefs.Decode(row, i, rowField)).ToList();
        var committees = await LoadCommitteesAsync(db, refs, ct);
        var mediatorIds = await ResolveMediatorsAsync(db, refs, ct);
        var appointments = await LoadAppointmentsAsync(db, mediatorIds.Values, ct);
        var numbers = rows.Select(r => r.ExternalNumber?.Trim() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        var existing = await db.Cases.Include(c => c.CoMediators).Include(c => c.Parties).AsSplitQuery()
            .Where(c => c.SourcePlatform == platform && numbers.Contains(c.ExternalNumber))
            .ToDictionaryAsync(c => c.ExternalNumber, ct);
        var policies = await db.CaseRecordingPolicies.AsNoTracking().ToListAsync(ct);

        var seen = new Dictionary<string, int>();
        var created = new List<MediationCase>();
        var updated = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var at = $"{rowField}.{i}";
            var r = refs[i];
            var rowErrors = new List<DomainError>(r.Errors);
            var number = row.ExternalNumber?.Trim() ?? "";
            if (number.Length > 0 && !seen.TryAdd(number, i))
                rowErrors.Add(new DomainError($"{at}.externalNumber", ErrorCodes.Duplicate, $"Row {seen[number]} of this batch has the same externalNumber."));
            var lead = Mediator(r.Lead, "leadMediatorId", at, mediatorIds, rowErrors);
            var coIds = r.CoMediators.Select((c, j) => Mediator(c, $"coMediatorIds.{j}", at, mediatorIds, rowErrors)).ToList();
            var committee = r.CommitteeId is { } cid ? committees.GetValueOrDefault(cid) : null;
            if (committee is not null && covers is not null && !covers(committee.RegionCode))
                rowErrors.Add(new DomainError($"{at}.committeeId", ErrorCodes.Forbidden,
                    $"The committee ({committee.RegionCode}) is outside your jurisdiction."));
            if (rowErrors.Count > 0 || r.CommitteeId is null)
            {
                // Still run the domain checks where possible, so a row reports all its faults at once.
                rowErrors.AddRange(CheckRow(row, r, committee, lead, coIds, appointments, policies, today, platform, number, at));
                errors.AddRange(rowErrors.Distinct());
                continue;
            }
            try
            {
                var details = Details(row, r.CommitteeId.Value, lead ?? 0, coIds.Select(c => c ?? 0).ToList(), today);
                var context = Context(committee, details, appointments, policies, today);
                if (existing.TryGetValue(number, out var stored))
                {
                    stored.Revise(details, context);
                    updated++;
                }
                else created.Add(MediationCase.Record(platform, number, details, context));
            }
            catch (DomainException e)
            {
                errors.AddRange(e.Errors.Select(x => Prefixed(at, x)));
            }
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(errors);
        }
        await CaseBulkWriter.AddAsync(db, created, ct);
        return new CaseImportResult(created.Count, updated);
    }

    private IEnumerable<DomainError> CheckRow(CaseImportRow row, RowRefs r, Committee? committee, long? lead, List<long?> coIds,
        Dictionary<long, List<Appointment>> appointments, List<CaseRecordingPolicy> policies, DateOnly today, string platform,
        string number, string at)
    {
        // Checks a row whose references did not all resolve: unresolved ones are left out of the domain's checks.
        try
        {
            var details = Details(row, r.CommitteeId ?? 0, lead ?? 0, coIds.Where(c => c is not null).Select(c => c!.Value).ToList(), today);
            MediationCase.Record(platform, number.Length == 0 ? null : number, details, Context(committee, details, appointments, policies, today));
            return [];
        }
        catch (DomainException e)
        {
            return e.Errors
                .Where(x => !(x.Field[0] == "committeeId" && r.CommitteeId is null)
                            && !(x.Field[0] == "leadMediatorId" && lead is null)
                            && !(x.Field[0] == "coMediatorIds" && x.Field.Count > 1))
                .Select(x => Prefixed(at, x));
        }
    }

    private CaseContext Context(Committee? committee, CaseDetails d, Dictionary<long, List<Appointment>> appointments,
        List<CaseRecordingPolicy> policies, DateOnly today)
    {
        var mediators = d.CoMediatorIds.Append(d.LeadMediatorId).Distinct()
            .SelectMany(id => appointments.GetValueOrDefault(id) ?? []).ToList();
        var maxDelay = committee is null || d.ClosedOn is not { } closed
            ? CaseRecordingPolicy.DefaultMaxEntryDelayDays
            : CaseRecordingPolicyResolver.MaxEntryDelayDays(policies, committee.RegionCode, closed);
        return new CaseContext(committee, mediators, maxDelay, today, hasher);
    }

    private static CaseDetails Details(CaseImportRow row, long committeeId, long lead, IReadOnlyList<long> coMediators, DateOnly today) =>
        new(committeeId, row.Category, row.Difficulty, lead, coMediators, row.ReceivedOn, row.ClosedOn, row.Outcome, row.FollowUpOn,
            row.AgreementFulfilled, row.TurnedCriminal, row.EnteredOn ?? today, row.PartyIdNumbers ?? []);

    private static DomainError Prefixed(string at, DomainError e) => e with { Field = [.. at.Split('.'), .. e.Field] };

    private static long? Mediator(MediatorRef? reference, string field, string at, Dictionary<MediatorRef, long> resolved, List<DomainError> errors)
    {
        if (reference is null) return null;
        if (resolved.TryGetValue(reference, out var id)) return id;
        errors.Add(new DomainError($"{at}.{field}", ErrorCodes.NotFound, reference.IdNumber is not null
            ? "No registered mediator has this ID number."
            : $"No Mediator has the ID '{reference.GlobalId}'."));
        return null;
    }

    private static async Task<Dictionary<long, Committee>> LoadCommitteesAsync(RegistryDbContext db, List<RowRefs> refs, CancellationToken ct)
    {
        var ids = refs.Where(r => r.CommitteeId is not null).Select(r => r.CommitteeId!.Value).Distinct().ToList();
        return await db.Committees.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
    }

    /// <summary>
    /// Every mediator reference of the batch, by ID number or by key, resolved in two queries. The lists of a whole batch
    /// (5,000 rows, each with its co-mediators) go as one array parameter (EF.Parameter), never one parameter per item,
    /// which SQLite caps at 32,766.
    /// </summary>
    private static async Task<Dictionary<MediatorRef, long>> ResolveMediatorsAsync(RegistryDbContext db, List<RowRefs> refs, CancellationToken ct)
    {
        var all = refs.SelectMany(r => r.CoMediators.Append(r.Lead)).OfType<MediatorRef>().Distinct().ToList();
        var numbers = all.Where(m => m.IdNumber is not null).Select(m => m.IdNumber!).Distinct().ToList();
        var keys = all.Where(m => m.Key is not null).Select(m => m.Key!.Value).Distinct().ToList();
        var byNumber = numbers.Count == 0 ? [] : await db.Mediators.Where(m => EF.Parameter(numbers).Contains(m.IdNumber))
            .Select(m => new { m.Id, m.IdNumber }).ToDictionaryAsync(m => m.IdNumber, m => m.Id, ct);
        var known = keys.Count == 0 ? [] : (await db.Mediators.Where(m => EF.Parameter(keys).Contains(m.Id)).Select(m => m.Id).ToListAsync(ct)).ToHashSet();
        var result = new Dictionary<MediatorRef, long>();
        foreach (var m in all)
        {
            if (m.IdNumber is not null && byNumber.TryGetValue(m.IdNumber, out var id)) result[m] = id;
            else if (m.Key is { } key && known.Contains(key)) result[m] = key;
        }
        return result;
    }

    private static async Task<Dictionary<long, List<Appointment>>> LoadAppointmentsAsync(RegistryDbContext db, IEnumerable<long> mediatorIds, CancellationToken ct)
    {
        var ids = mediatorIds.Distinct().ToList();
        var rows = await db.Appointments.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.MediatorId)).ToListAsync(ct);
        return rows.GroupBy(a => a.MediatorId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>A mediator named in a row: by resident ID number, or by global ID (decoded to <see cref="Key"/>).</summary>
    private sealed record MediatorRef(string? IdNumber, long? Key, string? GlobalId);

    private sealed record RowRefs(long? CommitteeId, MediatorRef? Lead, List<MediatorRef?> CoMediators, List<DomainError> Errors)
    {
        public static RowRefs Decode(CaseImportRow row, int index, string rowField)
        {
            var errors = new List<DomainError>();
            var at = $"{rowField}.{index}";
            long? committee = null;
            if (string.IsNullOrWhiteSpace(row.CommitteeId))
                errors.Add(new DomainError($"{at}.committeeId", ErrorCodes.Required, "committeeId is required."));
            else
                committee = Decode(() => GlobalId.DecodeKey(row.CommitteeId, "Committee", $"{at}.committeeId"), errors);
            MediatorRef? lead = null;
            if (string.IsNullOrWhiteSpace(row.LeadMediatorId))
                errors.Add(new DomainError($"{at}.leadMediatorId", ErrorCodes.Required, "leadMediatorId is required."));
            else lead = Ref(row.LeadMediatorId, $"{at}.leadMediatorId", errors);
            var co = (row.CoMediatorIds ?? []).Select((c, j) => Ref(c, $"{at}.coMediatorIds.{j}", errors)).ToList();
            return new RowRefs(committee, lead, co, errors);
        }

        private static MediatorRef? Ref(string? text, string field, List<DomainError> errors)
        {
            var value = text?.Trim() ?? "";
            if (ResidentIdNumber.TryParse(value, out var number, out _)) return new MediatorRef(number!.Value, null, null);
            var key = Decode(() => GlobalId.DecodeKey(value, "Mediator", field), errors);
            return key is null ? null : new MediatorRef(null, key, value);
        }

        private static long? Decode(Func<long> decode, List<DomainError> errors)
        {
            try { return decode(); }
            catch (DomainException e) { errors.AddRange(e.Errors); return null; }
        }
    }
}
