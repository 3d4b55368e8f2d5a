namespace Registry.Data.Configurations;

internal sealed class BrandStudioMemberConfiguration : IEntityTypeConfiguration<BrandStudioMember>
{
    public void Configure(EntityTypeBuilder<BrandStudioMember> member)
    {
        member.HasKey(m => new { m.BrandStudioId, m.MediatorId });
        member.HasOne<Mediator>().WithMany().HasForeignKey(m => m.MediatorId).OnDelete(DeleteBehavior.Restrict);
        member.HasIndex(m => m.MediatorId);
    }
}
