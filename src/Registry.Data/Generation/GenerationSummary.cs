namespace Registry.Data.Generation;

/// <summary>What a generation wrote: rows per table, in the order written, and how long it took.</summary>
public sealed record GenerationSummary(IReadOnlyList<(string Table, long Rows)> Tables, TimeSpan Elapsed)
{
    public long RowsOf(string table) => Tables.Where(t => t.Table == table).Sum(t => t.Rows);
}
