using Registry.Domain.Grading;

namespace Registry.Data.Configurations;

internal sealed class GradeAssessmentConfiguration : IEntityTypeConfiguration<GradeAssessment>
{
    public void Configure(EntityTypeBuilder<GradeAssessment> assessment)
    {
        assessment.ToTable("grade_assessments");
        assessment.Property(a => a.LevelCode).HasMaxLength(20);
        assessment.Property(a => a.LevelName).HasMaxLength(20);
        assessment.Property(a => a.RegionCode).HasMaxLength(12);
        assessment.Property(a => a.Basis).HasMaxLength(GradeAssessment.MaxBasisLength);
        assessment.HasOne<Mediator>().WithMany().HasForeignKey(a => a.MediatorId).OnDelete(DeleteBehavior.Restrict);
        assessment.HasOne<GradeLadder>().WithMany().HasForeignKey(a => a.LadderId).OnDelete(DeleteBehavior.Restrict);
        assessment.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionCode).OnDelete(DeleteBehavior.Restrict);
        assessment.HasIndex(a => new { a.MediatorId, a.AssessedOn });
    }
}
