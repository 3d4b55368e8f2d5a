using System.Security.Cryptography;
using System.Text;

namespace Registry.Data.Cases;

/// <summary>
/// HMAC-SHA256 of the normalised ID number under a secret key, as lower-case hex. ID numbers have little entropy
/// (address, birth date, sequence), so a plain hash could be reversed by trying them all; the key prevents that
/// for anyone without it. Changing the key makes old and new fingerprints incomparable: keep it stable.
/// </summary>
public sealed class HmacPartyHasher : IPartyHasher
{
    private readonly byte[] key;

    public HmacPartyHasher(string secret)
    {
        if (string.IsNullOrEmpty(secret) || Encoding.UTF8.GetByteCount(secret) < 16)
            throw new ArgumentException("The party hash key must be at least 16 bytes long.", nameof(secret));
        key = Encoding.UTF8.GetBytes(secret);
    }

    public string Fingerprint(string normalisedIdNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalisedIdNumber)));
}
