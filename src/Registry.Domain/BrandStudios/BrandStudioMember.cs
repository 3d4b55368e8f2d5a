namespace Registry.Domain.BrandStudios;

/// <summary>A mediator working in a brand studio.</summary>
public class BrandStudioMember
{
    public long BrandStudioId { get; set; }
    public long MediatorId { get; set; }
}
