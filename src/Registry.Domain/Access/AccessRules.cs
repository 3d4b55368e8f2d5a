using Registry.Domain.Regions;

namespace Registry.Domain.Access;

/// <summary>
/// The one place that says which role may do what. Jurisdiction is the other half: a caller acts only inside the
/// subtree of the region code on their token.
/// </summary>
public static class AccessRules
{
    private static readonly Dictionary<Role, Permission[]> Granted = new()
    {
        [Role.BureauAdmin] =
        [
            Permission.ReadReports, Permission.ManageRoster, Permission.ManagePolicies, Permission.ManageTraining,
            Permission.ImportCases, Permission.ReadPersonalData, Permission.ReadAuditLog,
            // 司法局 and 司法所 staff record rounds for the committees of their jurisdiction; no committee-level role yet.
            Permission.RecordScreening,
        ],
        [Role.TrainingOrganiser] = [Permission.ReadReports, Permission.ManageTraining],
        [Role.FinanceClerk] = [Permission.ReadReports, Permission.ImportCases],
        [Role.FinanceApprover] = [Permission.ReadReports],
        [Role.Viewer] = [Permission.ReadReports],
    };

    /// <summary>The jurisdiction of ministry-level staff (司法部): every region.</summary>
    public const string Nationwide = "CN";

    public static bool Allows(Role role, Permission permission) => Granted[role].Contains(permission);

    /// <summary>True when <paramref name="jurisdiction"/> is <paramref name="regionCode"/> or one of its ancestors.</summary>
    public static bool Covers(string jurisdiction, string regionCode) =>
        jurisdiction == Nationwide || RegionCode.Covers(jurisdiction, regionCode);

    /// <summary>The roles that hold <paramref name="permission"/>, in the order they are declared.</summary>
    public static IEnumerable<Role> RolesGranting(Permission permission) =>
        Granted.Where(g => g.Value.Contains(permission)).Select(g => g.Key);

    /// <summary>Why <paramref name="role"/> may not do what <paramref name="permission"/> covers, in one sentence.</summary>
    public static string Refusal(Role role, Permission permission) =>
        $"This needs the permission {permission}, which the roles {string.Join(", ", RolesGranting(permission).Select(NameOf))} have; yours is {NameOf(role)}.";

    /// <summary>A role as tokens and the API spell it: BUREAU_ADMIN, TRAINING_ORGANISER, …</summary>
    public static string NameOf(Role role) => System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(role.ToString());

    /// <summary>A jurisdiction a token may carry: a well-formed region code, or <see cref="Nationwide"/>.</summary>
    public static bool IsJurisdiction(string? code) => code == Nationwide || RegionCode.IsWellFormed(code);
}
