namespace Registry.Domain.Access;

/// <summary>The things a role may do; which role may do which is <see cref="AccessRules"/>.</summary>
public enum Permission
{
    /// <summary>Read the reports and non-public lists of a jurisdiction (any signed-in role).</summary>
    ReadReports,
    /// <summary>Create and change committees, mediators, appointments, studios and expert pools.</summary>
    ManageRoster,
    /// <summary>Set staffing, training and case-recording policies.</summary>
    ManagePolicies,
    /// <summary>Schedule training and record attendance.</summary>
    ManageTraining,
    /// <summary>Import case records.</summary>
    ImportCases,
    /// <summary>Read ID numbers, phones and birth dates unmasked (every read is audited).</summary>
    ReadPersonalData,
    /// <summary>Read the audit trail.</summary>
    ReadAuditLog,
    /// <summary>Grade ladders and assessments, certificates, committee stars, complaints and commendations.</summary>
    ManageGrading,
    /// <summary>Record screening rounds (矛盾纠纷排查), move risk items through the ledger, keep the information-officer roster.</summary>
    RecordScreening,
    /// <summary>Create subsidy claims (以案定补) from the statement, submit them and record their payment.</summary>
    PrepareSubsidyClaims,
    /// <summary>Approve or reject submitted subsidy claims (never one they submitted).</summary>
    ApproveSubsidyClaims,
    /// <summary>Download a claim's payment list (mediators' names, ID numbers and amounts; every download is audited).</summary>
    ReadPaymentLists,
}
