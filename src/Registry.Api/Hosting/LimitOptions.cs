namespace Registry.Api.Hosting;

/// <summary>The <c>Limits</c> configuration section: what one GraphQL request may cost.</summary>
public sealed class LimitOptions
{
    /// <summary>Largest accepted request body, in bytes (default 1 MiB).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
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
