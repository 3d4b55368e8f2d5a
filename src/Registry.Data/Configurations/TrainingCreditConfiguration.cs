using Registry.Data.Training;

namespace Registry.Data.Configurations;

internal sealed class TrainingCreditConfiguration : IEntityTypeConfiguration<TrainingCredit>
{
    public void Configure(EntityTypeBuilder<TrainingCredit> credit)
    {
        credit.ToTable("training_credits");
        credit.HasKey(c => new { c.MediatorId, c.Year });
        credit.HasOne<Mediator>().WithMany().HasForeignKey(c => c.MediatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
