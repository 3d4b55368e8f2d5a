namespace Registry.Data.Reports.Sql;

/// <summary>
/// The roster rules in raw SQL, for reports' statements: each is the SQL form of one domain rule, written once here.
/// Tests evaluate the domain rule in C# over a roster and check these select the same rows on both databases.
/// </summary>
public static class RosterSql
{
    /// <summary>
    /// <see cref="Appointment.IsActiveOn"/> for appointments <paramref name="a"/> on the day <paramref name="day"/> (a
    /// placeholder): started by then and not ended before it.
    /// </summary>
    public static string AppointmentInForce(string a, string day) =>
        $"{a}.start_date <= {day} AND ({a}.end_date IS NULL OR {a}.end_date >= {day})";

    /// <summary><see cref="Committee.IsActiveOn"/> for committees <paramref name="c"/>: established by then and not dissolved before it.</summary>
    public static string CommitteeExists(string c, string day) =>
        $"{c}.established_on <= {day} AND ({c}.dissolved_on IS NULL OR {c}.dissolved_on >= {day})";

    /// <summary>
    /// <paramref name="column"/> inside the subtree of <paramref name="regionCode"/>, as a code range so the region-code
    /// index serves it (as <c>RegionFilter.InRegion</c> does in LINQ).
    /// </summary>
    public static string InRegion(SqlStatement sql, string column, string regionCode, string? name = null) =>
        name is null
            ? $"{column} >= {sql.Bind(RegionCode.LowerBound(regionCode))} AND {column} < {sql.Bind(RegionCode.UpperBound(regionCode))}"
            : $"{column} >= {sql.Bind(name, RegionCode.LowerBound(regionCode))} AND {column} < {sql.Bind(name + "_upper", RegionCode.UpperBound(regionCode))}";
}
