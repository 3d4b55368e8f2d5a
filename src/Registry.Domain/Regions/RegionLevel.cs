namespace Registry.Domain.Regions;

/// <summary>Administrative level of a division (行政区划级别), fixed by the length of its statistical code.</summary>
public enum RegionLevel
{
    /// <summary>省级, 2 digits.</summary>
    Province,
    /// <summary>地级, 4 digits.</summary>
    Prefecture,
    /// <summary>县级, 6 digits.</summary>
    County,
    /// <summary>乡级, 9 digits.</summary>
    Township,
    /// <summary>村级, 12 digits.</summary>
    Village,
}
