namespace Registry.Domain.Regions;

/// <summary>Something that sits in one administrative division, so region filters cover it by code prefix.</summary>
public interface IRegional
{
    string RegionCode { get; }
}
