using System.Diagnostics;
using Npgsql;
using Registry.Data.Reports.Screening;
using Registry.Data.Seeding;
using Registry.Data.Training;

namespace Registry.Data.Generation;

/// <summary>
/// Fills an empty roster of a PostgreSQL registry with a realistic, seeded one (<see cref="GenerationRequest"/>): a
/// committee for every village and township of the scope and the rest of <see cref="CommitteeRows"/>, their
/// mediators and appointments, two years of training, grades, certificates with their events, screening rounds and a
/// year of cases, all through binary COPY. Missing villages are first added from <c>seed/regions-full.csv.gz</c>.
/// <para>
/// The load is one transaction with the tables' secondary indexes and foreign keys taken off (<see cref="TableConstraints"/>):
/// it either lands whole, with every index and key checked, or not at all. Afterwards what is derived is rebuilt —
/// training credits, the screening read model, the identity sequences past the ids written — and the tables are
/// vacuumed and analysed, so the first report plans on real statistics and index-only scans see a visibility map.
/// </para>
/// </summary>
public static class RosterGenerator
{
    /// <summary>
    /// Every table the generator writes, in the order written; all must be empty before it starts. On a partitioned
    /// <c>cases</c> the COPY's own trigger writes <c>case_keys</c> (CasePartitions), whose unique index is then built once,
    /// and the statement's trigger <c>agreed_disputes</c> (its agreed cases with their parties, linked per dispute).
    /// </summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "committees", "mediators", "appointments", "training_sessions", "attendances", "grade_assessments",
        "certificates", "certificate_events", "screening_rounds", "cases", "case_keys", "case_co_mediators", "case_parties",
        "agreed_disputes",
    ];

    private static readonly string[] IdentityTables =
        ["committees", "mediators", "appointments", "training_sessions", "attendances", "grade_assessments", "certificates", "certificate_events", "screening_rounds", "cases"];

    /// <param name="parties">The registry's configured hasher: the generated parties' fingerprints are what an import
    /// of the same ID numbers would give.</param>
    public static async Task<GenerationSummary> RunAsync(RegistryDbContext db, GenerationRequest request, IPartyHasher parties, GenerationProgress progress,
        CancellationToken ct = default)
    {
        if (db.Provider != DatabaseProvider.Postgres)
            throw new NotSupportedException("The roster generator writes through PostgreSQL's binary COPY: set Database:Provider to Postgres.");
        var watch = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await RefuseFilledRosterAsync(connection, ct);
            await LoadRegionsAsync(db, progress, ct);
            var regions = await ScopeRegions.LoadAsync(connection, request, ct);
            if (!request.IsNational && !regions.Contains(request.Scope))
                throw new ArgumentException($"Region {request.Scope} is not in the regions table.", nameof(request));
            var ladder = await db.GradeLadders.AsNoTracking().Where(l => l.RegionCode == Registry.Domain.Grading.GradeLadder.National)
                .OrderByDescending(l => l.EffectiveFrom).FirstAsync(ct);
            var policies = await db.CaseRecordingPolicies.AsNoTracking().ToListAsync(ct);
            Func<string, DateOnly, int> entryDelay = policies.Count == 0
                ? (_, _) => CaseRecordingPolicy.DefaultMaxEntryDelayDays
                : (region, day) => CaseRecordingPolicyResolver.MaxEntryDelayDays(policies, region, day);

            var roster = new Roster(regions, request);
            CommitteeRows.Plan(roster);
            var rows = new List<(string, long)>();
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                var constraints = await TableConstraints.DropAsync(connection, Tables, ct);
                rows.Add(("committees", await CommitteeRows.WriteAsync(connection, roster, progress, ct)));
                rows.Add(("mediators", await MediatorRows.WriteAsync(connection, roster, progress, ct)));
                rows.Add(("appointments", await AppointmentRows.WriteAsync(connection, roster, progress, ct)));
                var (sessions, attendances) = await TrainingRows.WriteAsync(connection, roster, progress, ct);
                rows.Add(("training_sessions", sessions));
                rows.Add(("attendances", attendances));
                rows.Add(("grade_assessments", await GradeRows.WriteAsync(connection, roster, ladder, progress, ct)));
                var (certificates, events) = await CertificateRows.WriteAsync(connection, roster, progress, ct);
                rows.Add(("certificates", certificates));
                rows.Add(("certificate_events", events));
                rows.Add(("screening_rounds", await ScreeningRows.WriteAsync(connection, roster, progress, ct)));
                var (cases, coMediators, caseParties) = await CaseRows.WriteAsync(connection, roster, entryDelay, parties, progress, ct);
                rows.Add(("cases", cases));
                rows.Add(("case_co_mediators", coMediators));
                rows.Add(("case_parties", caseParties));

                await constraints.RestoreAsync(connection, progress, ct);
                await RebuildDerivedAsync(db, connection, progress, ct);
                await transaction.CommitAsync(ct);
            }
            await VacuumAsync(connection, progress, ct);
            return new GenerationSummary(rows, watch.Elapsed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task RefuseFilledRosterAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var probe = string.Join(" UNION ALL ", Tables.Select(t => $"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM {t})"));
        await using var command = new NpgsqlCommand(probe, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var filled = new List<string>();
        while (await reader.ReadAsync(ct)) filled.Add(reader.GetString(0));
        if (filled.Count > 0)
            throw new InvalidOperationException(
                $"The roster is not empty ({string.Join(", ", filled)} hold rows): generate fills an empty one only. Use a fresh database (Seed:Demo=false).");
    }

    private static async Task LoadRegionsAsync(RegistryDbContext db, GenerationProgress progress, CancellationToken ct)
    {
        progress.Begin("regions", 1, "file");
        if (await RegionImporter.ImportIfEmptyAsync(db, RegionImporter.FullFile, ct) == 0
            && await db.Regions.CountAsync(ct) < RegionImporter.FullFileRows)
            await RegionImporter.AddMissingAsync(db, RegionImporter.FullFile, ct);
        progress.Step();
        progress.End();
    }

    private static async Task RebuildDerivedAsync(RegistryDbContext db, NpgsqlConnection connection, GenerationProgress progress, CancellationToken ct)
    {
        progress.Begin("derived", 2 + IdentityTables.Length, "steps");
        await TableConstraints.ExecuteAsync(connection, TrainingCredits.Backfill(DatabaseProvider.Postgres), ct);
        progress.Step();
        await RecomputeScreeningDaysAsync(connection, ct);
        progress.Step();
        foreach (var table in IdentityTables)
        {
            await TableConstraints.ExecuteAsync(connection,
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)", ct);
            progress.Step();
        }
        progress.End();
    }

    /// <summary>
    /// <see cref="ScreeningRoundDaysSql.RefreshAsync"/> for every committee, on the load's connection without a command
    /// timeout (a country's rounds take minutes; the context's raw SQL runs under the connection's 30 s).
    /// </summary>
    private static async Task RecomputeScreeningDaysAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var rows = ScreeningRoundDaysSql.Recompute(DatabaseProvider.Postgres, null);
        var masks = string.Join(", ", Enumerable.Range(0, ScreeningRoundDays.Masks).Select(i => $"m{i}"));
        await using var command = connection.CreateCommand();
        rows.BindTo(command);
        command.CommandText = $"DELETE FROM screening_round_days; INSERT INTO screening_round_days (committee_id, year, {masks}) {rows.Text}";
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task VacuumAsync(NpgsqlConnection connection, GenerationProgress progress, CancellationToken ct)
    {
        string[] tables = [.. Tables, "training_credits", "screening_round_days", "regions"];
        progress.Begin("vacuum analyze", tables.Length, "tables");
        foreach (var table in tables)
        {
            await TableConstraints.ExecuteAsync(connection, $"VACUUM (ANALYZE) {table}", ct);
            progress.Step();
        }
        progress.End();
    }
}
