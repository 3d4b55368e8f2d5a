namespace Registry.Data.Seeding;

/// <summary>The <c>source</c> block of a policy file in <c>seed/</c>: the document a policy comes from.</summary>
internal sealed record PolicyFileSource(string? Issuer, string? Document, string? DocumentNumber, string? IssuedOn, string? SeedFile)
{
    /// <summary>
    /// The citation stored with the policy, e.g. 乌审旗司法局《关于开展…实施方案》乌司发〔2024〕17号，2024-03-25（seeds/004_….txt）.
    /// Null without a document title, so validation reports sourceDocument missing.
    /// </summary>
    public string? ToCitation() => string.IsNullOrWhiteSpace(Document) ? null :
        $"{Issuer}《{Document}》{DocumentNumber}" +
        (IssuedOn is null ? "" : $"，{IssuedOn}") +
        (SeedFile is null ? "" : $"（seeds/{SeedFile}）");
}
