namespace Registry.Api.Cases;

/// <summary>The <c>Cases</c> configuration section.</summary>
public sealed class CaseOptions
{
    /// <summary>The development key shipped in appsettings.json; never for real data.</summary>
    public const string DevelopmentKey = "dev-only-party-hash-key-change-me";

    /// <summary>
    /// Secret for the HMAC of party ID numbers (at least 16 bytes). Keep it stable: a new key makes earlier
    /// fingerprints incomparable, so duplicates across the change go unseen.
    /// </summary>
    public string PartyHashKey { get; set; } = "";
}
