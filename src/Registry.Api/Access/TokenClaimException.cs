using Microsoft.IdentityModel.Tokens;

namespace Registry.Api.Access;

/// <summary>A correctly signed token whose claims the registry cannot act on; the message names the claim.</summary>
public sealed class TokenClaimException(string message) : SecurityTokenValidationException(message);
