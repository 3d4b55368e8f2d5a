namespace Registry.Domain.Cases;

/// <summary>
/// Turns a party's normalised resident ID number into a keyed fingerprint (e.g. HMAC-SHA256 with a configured secret).
/// The same number always gives the same fingerprint, so cases can be compared; without the key nobody can test a
/// guessed number against it. The implementation, and its secret, live outside the domain.
/// </summary>
public interface IPartyHasher
{
    /// <summary>A fixed-length lower-case hex fingerprint of <paramref name="normalisedIdNumber"/> (18 characters, upper-case X).</summary>
    string Fingerprint(string normalisedIdNumber);
}
