using System.Text.Json;
using Registry.Domain.Common;
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
            Permission.ManageGrading,
            // 司法局 and 司法所 staff record rounds for the committees of their jurisdiction; no committee-level role yet.
            Permission.RecordScreening,
        ],
        [Role.TrainingOrganiser] = [Permission.ReadReports, Permission.ManageTraining],
        [Role.FinanceClerk] = [Permission.ReadReports, Permission.ImportCases, Permission.PrepareSubsidyClaims, Permission.ReadPaymentLists],
        [Role.FinanceApprover] = [Permission.ReadReports, Permission.ApproveSubsidyClaims, Permission.ReadPaymentLists],
        [Role.Viewer] = [Permission.ReadReports],
    };

    /// <summary>What each permission lets a caller do, as the subject of a refusal.</summary>
    private static readonly Dictionary<Permission, string> Doing = new()
    {
        [Permission.ReadReports] = "Reading reports",
        [Permission.ManageRoster] = "Changing the roster",
        [Permission.ManagePolicies] = "Setting policies",
        [Permission.ManageTraining] = "Scheduling training and recording attendance",
        [Permission.ImportCases] = "Importing cases",
        [Permission.ReadPersonalData] = "Reading personal data unmasked",
        [Permission.ReadAuditLog] = "Reading the audit trail",
        [Permission.ManageGrading] = "Grading and certifying mediators, rating committees and handling complaints",
        [Permission.RecordScreening] = "Recording screening rounds and keeping the risk ledger",
        [Permission.PrepareSubsidyClaims] = "Preparing, submitting and recording payment of subsidy claims",
        [Permission.ApproveSubsidyClaims] = "Approving and rejecting subsidy claims",
        [Permission.ReadPaymentLists] = "Reading a subsidy claim's payment list",
    };

    /// <summary>How a refusal names what <paramref name="permission"/> covers; every permission has a phrase.</summary>
    public static string Describe(Permission permission) => Doing[permission];

    /// <summary>The jurisdiction of ministry-level staff (司法部): every region.</summary>
    public const string Nationwide = RegionCode.Nation;

    public static bool Allows(Role role, Permission permission) => Granted[role].Contains(permission);

    /// <summary>True when <paramref name="jurisdiction"/> is <paramref name="regionCode"/> or one of its ancestors.</summary>
    public static bool Covers(string jurisdiction, string regionCode) =>
        jurisdiction == Nationwide || RegionCode.Covers(jurisdiction, regionCode);

    /// <summary>A jurisdiction a token may carry: a well-formed region code, or <see cref="Nationwide"/>.</summary>
    public static bool IsJurisdiction(string? code) => code == Nationwide || RegionCode.IsWellFormed(code);

    /// <summary>A role as tokens and the API spell it: BUREAU_ADMIN, TRAINING_ORGANISER, …</summary>
    public static string NameOf(Role role) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(role.ToString());

    /// <summary>The roles granted <paramref name="permission"/>, in the order of the table above.</summary>
    public static IReadOnlyList<Role> RolesWith(Permission permission) =>
        Granted.Where(g => g.Value.Contains(permission)).Select(g => g.Key).ToList();

    /// <summary>
    /// Why <paramref name="role"/> acting in <paramref name="jurisdiction"/> may not use <paramref name="permission"/>
    /// (for <paramref name="regionCode"/>, when given); null when they may. Every refusal the API gives, whatever the
    /// transport, is worded here.
    /// </summary>
    public static AccessRefusal? WhyNot(Role? role, string? jurisdiction, Permission permission, string? regionCode = null)
    {
        var roles = RolesWith(permission).Select(NameOf).ToList();
        var who = roles.Count == 1 ? roles[0] : string.Join(", ", roles[..^1]) + " or " + roles[^1];
        if (role is not { } r || jurisdiction is null)
            return new AccessRefusal(ErrorCodes.Unauthenticated, $"{Describe(permission)} needs a bearer token for {who}.");
        if (!Allows(r, permission))
            return new AccessRefusal(ErrorCodes.Forbidden, $"{Describe(permission)} needs {who}; yours is {NameOf(r)}.");
        if (regionCode is not null && !Covers(jurisdiction, regionCode))
            return new AccessRefusal(ErrorCodes.Forbidden, OutsideJurisdiction(regionCode, jurisdiction));
        return null;
    }

    /// <summary>The refusal of a region the caller's jurisdiction does not cover.</summary>
    public static string OutsideJurisdiction(string regionCode, string? jurisdiction) =>
        $"Region {regionCode} is outside your jurisdiction ({jurisdiction}).";

    /// <summary>
    /// Whether <paramref name="jurisdiction"/> covers a mediator. A mediator belongs to the regions of the committees
    /// they serve or served; one never appointed belongs to the region of the bureau that registered them
    /// (<paramref name="registeringRegion"/>; null when registered nationwide or before it was recorded, so only
    /// ministry staff cover them) until appointed. Once appointed elsewhere the registering bureau no longer covers them.
    /// </summary>
    public static bool CoversMediator(string jurisdiction, IReadOnlyCollection<string> appointmentRegions, string? registeringRegion) =>
        appointmentRegions.Count > 0
            ? appointmentRegions.Any(r => Covers(jurisdiction, r))
            : registeringRegion is null ? jurisdiction == Nationwide : Covers(jurisdiction, registeringRegion);

    /// <summary>Like <see cref="WhyNot"/>, for something about one mediator, whose jurisdiction is <see cref="CoversMediator"/>'s.</summary>
    public static AccessRefusal? WhyNotForMediator(Role? role, string? jurisdiction, Permission permission,
        IReadOnlyCollection<string> appointmentRegions, string? registeringRegion)
    {
        if (WhyNot(role, jurisdiction, permission) is { } refusal) return refusal;
        if (CoversMediator(jurisdiction!, appointmentRegions, registeringRegion)) return null;
        return new AccessRefusal(ErrorCodes.Forbidden, appointmentRegions.Count > 0
            ? $"The mediator serves no committee inside your jurisdiction ({jurisdiction})."
            : registeringRegion is null
                ? $"The mediator has no appointment and was registered nationwide: until appointed only {Nationwide} staff cover them, not {jurisdiction}."
                : $"The mediator has no appointment and was registered in {registeringRegion}, outside your jurisdiction ({jurisdiction}).");
    }
}
