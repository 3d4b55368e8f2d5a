using Registry.Data.Training;
using Registry.Domain.Training;

namespace Registry.Data;

/// <summary>
/// The one model of the registry. Each database has a sealed subclass with its own migrations, so that
/// provider differences (collations, column types) stay out of the model itself.
/// </summary>
public abstract class RegistryDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// A new context on the same database, for a report that runs independent queries side by side (one context
    /// cannot run two commands at once). It reads where this context reads now: the read replica when the request was
    /// sent there (<c>ReadReplica.ReadFrom</c> changes this context's connection string, not the options'). The caller
    /// disposes it.
    /// </summary>
    public RegistryDbContext CreateSibling()
    {
        var sibling = NewOnSameOptions();
        if (Database.GetConnectionString() is { } current) sibling.Database.SetConnectionString(current);
        return sibling;
    }

    /// <summary>A new context built from this one's options.</summary>
    protected abstract RegistryDbContext NewOnSameOptions();

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Committee> Committees => Set<Committee>();
    public DbSet<Mediator> Mediators => Set<Mediator>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<BrandStudio> BrandStudios => Set<BrandStudio>();
    public DbSet<ExpertPool> ExpertPools => Set<ExpertPool>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<Registry.Domain.Auditing.AuditEntry> AuditEntries => Set<Registry.Domain.Auditing.AuditEntry>();
    public DbSet<MediationCase> Cases => Set<MediationCase>();
    public DbSet<CaseRecordingPolicy> CaseRecordingPolicies => Set<CaseRecordingPolicy>();
    public DbSet<StaffingPolicy> StaffingPolicies => Set<StaffingPolicy>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<TrainingRequirement> TrainingRequirements => Set<TrainingRequirement>();
    /// <summary>A read model: written only by <see cref="Training.TrainingCredits"/>.</summary>
    public DbSet<TrainingCredit> TrainingCredits => Set<TrainingCredit>();
    public DbSet<Registry.Domain.Grading.GradeLadder> GradeLadders => Set<Registry.Domain.Grading.GradeLadder>();
    public DbSet<Registry.Domain.Grading.GradeAssessment> GradeAssessments => Set<Registry.Domain.Grading.GradeAssessment>();
    public DbSet<Registry.Domain.Certificates.Certificate> Certificates => Set<Registry.Domain.Certificates.Certificate>();
    public DbSet<Registry.Domain.Certificates.CertificateEvent> CertificateEvents => Set<Registry.Domain.Certificates.CertificateEvent>();
    public DbSet<Registry.Domain.Complaints.Complaint> Complaints => Set<Registry.Domain.Complaints.Complaint>();
    public DbSet<Registry.Domain.Commendations.Commendation> Commendations => Set<Registry.Domain.Commendations.Commendation>();
    public DbSet<CommitteeStarRating> CommitteeStarRatings => Set<CommitteeStarRating>();

    public DbSet<Registry.Domain.Screening.ScreeningPolicy> ScreeningPolicies => Set<Registry.Domain.Screening.ScreeningPolicy>();
    public DbSet<Registry.Domain.Screening.SensitivePeriod> SensitivePeriods => Set<Registry.Domain.Screening.SensitivePeriod>();
    public DbSet<Registry.Domain.Screening.ScreeningRound> ScreeningRounds => Set<Registry.Domain.Screening.ScreeningRound>();
    public DbSet<Reports.Screening.ScreeningRoundDays> ScreeningRoundDays => Set<Reports.Screening.ScreeningRoundDays>();
    public DbSet<Registry.Domain.Screening.RiskItem> RiskItems => Set<Registry.Domain.Screening.RiskItem>();
    public DbSet<Registry.Domain.Screening.Informant> Informants => Set<Registry.Domain.Screening.Informant>();
    public DbSet<Registry.Domain.Subsidies.SubsidyPolicy> SubsidyPolicies => Set<Registry.Domain.Subsidies.SubsidyPolicy>();
    public DbSet<Registry.Domain.Subsidies.SubsidyClaim> SubsidyClaims => Set<Registry.Domain.Subsidies.SubsidyClaim>();
    public DbSet<Registry.Domain.Subsidies.SubsidyClaimLine> SubsidyClaimLines => Set<Registry.Domain.Subsidies.SubsidyClaimLine>();
    public DbSet<Registry.Domain.Subsidies.SubsidyClaimCase> SubsidyClaimCases => Set<Registry.Domain.Subsidies.SubsidyClaimCase>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: reports and ad-hoc SQL stay readable, and reordering an enum cannot corrupt data.
        foreach (var type in typeof(Committee).Assembly.GetTypes().Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), false)))
            configurationBuilder.Properties(type).HaveConversion<string>().HaveMaxLength(40);
    }
}
