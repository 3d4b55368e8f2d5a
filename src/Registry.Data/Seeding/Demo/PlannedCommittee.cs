namespace Registry.Data.Seeding.Demo;

/// <summary>A committee of the demo with what the later steps need to staff it.</summary>
internal sealed class PlannedCommittee(Committee committee, DemoJurisdiction jurisdiction, string? countyCode)
{
    public Committee Committee { get; } = committee;
    public DemoJurisdiction Jurisdiction { get; } = jurisdiction;
    /// <summary>The county it sits in; null for a prefecture- or province-level committee.</summary>
    public string? CountyCode { get; } = countyCode;
    /// <summary>The stars the demo rates it with (评星定级), kept as a first assessment in its star history; null for none.</summary>
    public int? Stars { get; init; }
    public CommitteeKind Kind => Committee.Kind;
    /// <summary>Mediators serving it today, with their appointment.</summary>
    public List<(PlannedMediator Mediator, PlannedAppointment Appointment)> Serving { get; } = [];

    public bool IsGrassroots => Kind is CommitteeKind.Village or CommitteeKind.Community or CommitteeKind.Township or CommitteeKind.Subdistrict;
}
