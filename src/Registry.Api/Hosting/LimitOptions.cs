namespace Registry.Api.Hosting;

/// <summary>The <c>Limits</c> configuration section: what one GraphQL request may cost.</summary>
public sealed class LimitOptions
{
    /// <summary>Largest accepted request body, in bytes (default 1 MiB).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
    /// <summary>Largest accepted sheet upload (<c>/imports/…</c>), in bytes (default 4 MiB: 5,000 case rows as CSV are about 1.5 MB).</summary>
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;
    /// <summary>
    /// How far an uploaded XLSX's parts may inflate in all, in bytes (default 20 MiB, four times what 5,000 case rows
    /// take). ClosedXML holds them in memory, several times over.
    /// </summary>
    public long MaxWorkbookUncompressedBytes { get; set; } = 20 * 1024 * 1024;
    /// <summary>
    /// Fragment spreads and inline fragments one document may hold: GraphQL.NET's check that fields merge compares them
    /// pairwise, so its time grows with the square of their number (see <c>FragmentLimit</c>).
    /// </summary>
    public int MaxFragmentSpreads { get; set; } = 100;
    /// <summary>
    /// Most items any list argument (or list inside an input) may hold, e.g. <c>kinds</c>, <c>coMediatorIds</c>; longer
    /// lists are refused before anything runs. Documented exceptions: <c>importCases(input: {cases})</c> takes up to
    /// 5,000 rows.
    /// </summary>
    public int MaxListLength { get; set; } = 1000;
    /// <summary>A request still executing after this long is stopped.</summary>
    public int ExecutionTimeoutSeconds { get; set; } = 30;
    /// <summary>Cost limit; each field costs 1, each list multiplies its selection by <c>first</c> (or 5 for plain lists).</summary>
    public int MaxComplexity { get; set; } = 25_000;
    /// <summary>How many fields (aliases included) one document may select.</summary>
    public int MaxFieldSelections { get; set; } = 500;
    /// <summary>
    /// Requests one client may make per minute (a signed-in caller by token subject, anyone else by address); 0 turns
    /// the limit off. Generous enough for scripts, a brake on floods.
    /// </summary>
    public int RequestsPerMinute { get; set; } = 3_000;
}
