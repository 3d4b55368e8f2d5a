namespace Registry.Domain.Cases;

/// <summary>
/// The registry's one keyed fingerprinter (e.g. HMAC-SHA256 with a configured secret): turns a party's normalised
/// resident ID number into a fingerprint, and likewise the personal values the audit trail must not hold raw. The same
/// input always gives the same fingerprint, so cases (or audit entries) can be compared; without the key nobody can
/// test a guessed number against it. The implementation, and its secret, live outside the domain.
/// </summary>
public interface IPartyHasher
{
    /// <summary>
    /// A fixed-length lower-case hex fingerprint of <paramref name="normalisedIdNumber"/> (18 characters, upper-case X),
    /// or of any other text given (the audit trail prefixes its own purpose, so its fingerprints never match a party's).
    /// </summary>
    string Fingerprint(string normalisedIdNumber);
}
