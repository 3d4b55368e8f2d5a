namespace Registry.Domain.Committees;

/// <summary>The field an industry-professional committee (行业性专业性调委会) serves.</summary>
public enum Sector
{
    Medical,
    RoadTraffic,
    Labour,
    PropertyManagement,
    IntellectualProperty,
    Consumer,
    Tourism,
    Finance,
    Insurance,
    ECommerce,
    Logistics,
    Environment,
    Campus,
    Construction,
    MarriageAndFamily,
    LandAndResources,
    Other,
}
