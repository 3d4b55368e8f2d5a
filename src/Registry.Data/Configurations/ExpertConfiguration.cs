namespace Registry.Data.Configurations;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> expert)
    {
        expert.Property(e => e.Name).HasMaxLength(50);
        expert.Property(e => e.Organisation).HasMaxLength(100);
        expert.HasOne<ExpertPool>().WithMany().HasForeignKey(e => e.ExpertPoolId).OnDelete(DeleteBehavior.Restrict);
        expert.HasIndex(e => e.ExpertPoolId);
    }
}
