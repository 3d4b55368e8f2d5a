namespace Registry.Domain.Cases;

/// <summary>A party to a case (当事人), known only by the keyed fingerprint of their ID number.</summary>
public class CaseParty
{
    public const int FingerprintLength = 64;

    private CaseParty() { }

    internal CaseParty(string fingerprint) => Fingerprint = fingerprint;

    public long CaseId { get; private set; }
    public string Fingerprint { get; private set; } = "";
}
