namespace Registry.Data.Seeding;

/// <summary>
/// Reference data every installation needs whatever <c>Seed:Demo</c> says: the staffing policies of
/// <c>seed/staffing-policies</c> and the case-recording policies of <c>seed/case-policies</c>, the training requirements, the grade ladders of <c>seed/grade-ladders</c>, the screening and the subsidy policies. Each step only fills what is missing, so it is safe at every start.
/// </summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(RegistryDbContext db, CancellationToken ct)
    {
        await CaseRecordingPolicySeeder.SeedAsync(db, ct);
        await SeedStaffingPoliciesAsync(db, ct);
        await TrainingRequirementSeeder.SeedAsync(db, ct);
        await GradeLadderSeeder.SeedAsync(db, ct);
        await ScreeningPolicySeeder.SeedAsync(db, ct);
        await SubsidyPolicySeeder.SeedAsync(db, ct);
    }

    private static async Task SeedStaffingPoliciesAsync(RegistryDbContext db, CancellationToken ct)
    {
        if (await db.StaffingPolicies.AnyAsync(ct)) return;
        db.StaffingPolicies.AddRange(StaffingPolicyFile.LoadDirectory(SeedFiles.PathOf("staffing-policies")));
        await db.SaveChangesAsync(ct);
    }
}
