namespace Registry.Api.Access;

/// <summary>The <c>Auth</c> configuration section: how bearer tokens are signed and checked.</summary>
public sealed class AuthOptions
{
    /// <summary>Shipped in appsettings.json so the embedded default works at once; refused outside Development/Testing.</summary>
    public const string DevelopmentSigningKey = "dev-only-mediation-registry-signing-key-change-me-0000";

    /// <summary>HMAC-SHA256 key, at least 32 characters.</summary>
    public string SigningKey { get; set; } = DevelopmentSigningKey;
    public string Issuer { get; set; } = "mediation-registry";
    public string Audience { get; set; } = "mediation-registry";
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
