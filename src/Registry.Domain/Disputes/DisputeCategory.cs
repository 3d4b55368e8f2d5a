namespace Registry.Domain.Disputes;

/// <summary>Categories of civil dispute (纠纷类别), shared by studio specialities and case records.</summary>
public enum DisputeCategory
{
    MarriageAndFamily,
    Neighbours,
    HousingAndHomestead,
    LandAndForest,
    LandAcquisitionAndDemolition,
    RuralLandContract,
    Labour,
    Medical,
    RoadTraffic,
    PropertyManagement,
    Consumer,
    Contract,
    Debt,
    Damages,
    Environment,
    Construction,
    IntellectualProperty,
    ECommerce,
    Finance,
    Other,
}
