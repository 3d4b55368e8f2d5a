namespace Registry.Data.Configurations;

/// <summary>Only the keyed fingerprint is stored; there is no column that could hold an ID number.</summary>
internal sealed class CasePartyConfiguration : IEntityTypeConfiguration<CaseParty>
{
    public void Configure(EntityTypeBuilder<CaseParty> party)
    {
        party.ToTable("case_parties");
        party.HasKey(p => new { p.CaseId, p.Fingerprint });
        party.Property(p => p.Fingerprint).HasMaxLength(CaseParty.FingerprintLength);
        party.HasIndex(p => p.Fingerprint);
    }
}
