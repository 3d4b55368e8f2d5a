using System.Runtime.CompilerServices;
using Registry.Data.Querying;

namespace Registry.Data.Training;

/// <summary>
/// Keeps <c>training_credits</c> (<see cref="TrainingCredit"/>) equal to the sums of the credited attendances, and
/// uses the one SQL form of the credit rule (<see cref="Reports.Training.TrainingSql.CreditedAttendances"/>) that the
/// refresh, the backfill and the report's hours share. Every writer of attendances or sessions calls
/// <see cref="RefreshAsync"/> in its own transaction after saving, so a failed write changes no credit either.
/// </summary>
public static class TrainingCredits
{
    /// <summary>Credited attendances <c>x</c> joined to their sessions <c>s</c>: the credit rule's one SQL form.</summary>
    public const string Credited = Reports.Training.TrainingSql.CreditedAttendances;

    /// <summary>A mediator's minutes, practical sessions and attendances over a group of <see cref="Credited"/> rows.</summary>
    private const string Sums = "SUM(x.minutes), SUM(CASE WHEN s.is_practical THEN 1 ELSE 0 END), COUNT(*)";

    private const string Insert = "INSERT INTO training_credits (mediator_id, year, minutes, practical_sessions, attendances) ";

    /// <summary>
    /// A session's calendar year: SQLite stores dates as ISO text; PostgreSQL extracts it from the date, whatever the
    /// server's DateStyle.
    /// </summary>
    private static string SessionYear(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? "CAST(EXTRACT(YEAR FROM s.date) AS INTEGER)"
        : "CAST(strftime('%Y', s.date) AS INTEGER)";

    /// <summary>Every mediator's credits in every year, from scratch, into an empty table (migration, bulk loads).</summary>
    public static string Backfill(DatabaseProvider provider) =>
        Insert + "SELECT x.mediator_id, " + SessionYear(provider) + ", " + Sums + " FROM " + Credited +
        " GROUP BY x.mediator_id, " + SessionYear(provider);

    /// <summary>Statements stay well under either database's limit on parameters.</summary>
    private const int Batch = 1000;

    /// <summary>
    /// Recomputes the credits of <paramref name="mediatorIds"/> in <paramref name="years"/>, set-based: their rows are
    /// deleted and inserted again from the attendances. On PostgreSQL the mediators' rows are locked first, in id order,
    /// so two transactions crediting one mediator take turns, and the recount after the lock (READ COMMITTED) sees the
    /// other's committed attendances. The lock is FOR NO KEY UPDATE: it does not wait on the key-share locks that the
    /// writers' own attendance inserts hold, so two recorders of one mediator cannot deadlock.
    /// </summary>
    public static async Task RefreshAsync(RegistryDbContext db, IEnumerable<int> years, IEnumerable<long> mediatorIds, CancellationToken ct)
    {
        var ids = mediatorIds.Distinct().Order().ToList();
        var yearList = years.Distinct().Order().ToList();
        if (ids.Count == 0 || yearList.Count == 0) return;
        var batches = ids.Chunk(Batch).ToList();
        foreach (var batch in batches) await db.LockMediatorsAsync(batch, ct);
        foreach (var batch in batches)
        {
            var parameters = new List<object>();
            var idList = List(parameters, batch.Cast<object>());
            await Execute(db, $"DELETE FROM training_credits WHERE mediator_id IN ({idList}) AND year IN ({List(parameters, yearList.Cast<object>())})",
                parameters, ct);
            foreach (var year in yearList)
            {
                parameters.Clear();
                idList = List(parameters, batch.Cast<object>());
                var (from, to, value) = (Parameter(parameters, new DateOnly(year, 1, 1)), Parameter(parameters, new DateOnly(year, 12, 31)),
                    Parameter(parameters, year));
                await Execute(db, $"{Insert}SELECT x.mediator_id, {value}, {Sums} FROM {Credited} " +
                    $"WHERE x.mediator_id IN ({idList}) AND s.date >= {from} AND s.date <= {to} GROUP BY x.mediator_id",
                    parameters, ct);
            }
        }
    }

    /// <summary>Recomputes the credits of everyone who has a record at <paramref name="sessionId"/>, in <paramref name="years"/>.</summary>
    public static async Task RefreshAttendeesAsync(RegistryDbContext db, long sessionId, IEnumerable<int> years, CancellationToken ct)
    {
        var attendees = await db.Attendances.Where(a => a.SessionId == sessionId).Select(a => a.MediatorId).ToListAsync(ct);
        await RefreshAsync(db, years, attendees, ct);
    }

    /// <summary>Runs <paramref name="format"/> with its <c>{n}</c> placeholders bound to <paramref name="parameters"/>.</summary>
    private static Task<int> Execute(RegistryDbContext db, string format, List<object> parameters, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(format, [.. parameters]), ct);

    private static string Parameter(List<object> parameters, object value)
    {
        parameters.Add(value);
        return $"{{{parameters.Count - 1}}}";
    }

    private static string List(List<object> parameters, IEnumerable<object> values) =>
        string.Join(", ", values.Select(v => Parameter(parameters, v)));
}
