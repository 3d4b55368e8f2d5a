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
        // The civil servants alone (a statement prices them at their own percent): a small partial index, so that a
        // subsidy statement reads them instead of scanning every mediator of the country.
        mediator.HasIndex(m => m.Id).HasFilter("background = 'CivilServant'").HasDatabaseName("ix_mediators_civil_servants");
        mediator.Property(m => m.Version).IsConcurrencyToken();
    }
}
