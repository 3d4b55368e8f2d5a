namespace Registry.Data.Configurations;

internal sealed class CaseCoMediatorConfiguration : IEntityTypeConfiguration<CaseCoMediator>
{
    public void Configure(EntityTypeBuilder<CaseCoMediator> coMediator)
    {
        coMediator.ToTable("case_co_mediators");
        coMediator.HasKey(m => new { m.CaseId, m.MediatorId });
        coMediator.HasOne<Mediator>().WithMany().HasForeignKey(m => m.MediatorId).OnDelete(DeleteBehavior.Restrict);
        coMediator.HasIndex(m => m.MediatorId);
    }
}
