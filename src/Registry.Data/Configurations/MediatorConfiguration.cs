namespace Registry.Data.Configurations;

internal sealed class MediatorConfiguration : IEntityTypeConfiguration<Mediator>
{
    public void Configure(EntityTypeBuilder<Mediator> mediator)
    {
        mediator.Property(m => m.Name).HasMaxLength(Mediator.MaxNameLength);
        mediator.Property(m => m.IdNumber).HasMaxLength(18);
        mediator.Property(m => m.Phone).HasMaxLength(20);
        mediator.Property(m => m.Ethnicity).HasMaxLength(20);
        mediator.Property(m => m.RegisteringRegionCode).HasMaxLength(12);
        mediator.HasIndex(m => m.IdNumber).IsUnique();
        mediator.HasIndex(m => m.Name);
        mediator.Property(m => m.Version).IsConcurrencyToken();
    }
}
