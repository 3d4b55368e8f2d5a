namespace Registry.Data.Generation;

/// <summary>
/// Distinct resident ID numbers (<see cref="ResidentIdNumber.Compose"/>: address code, birth date, sequence, check
/// character). The address is the county the mediator serves in, so every number starts with its province's code; each
/// (county, birth date) has 500 sequences per sex, and a birth date whose sequences are used up moves on a day.
/// </summary>
internal sealed class IdNumbers
{
    private readonly Dictionary<(string Address, int Day, Gender Gender), int> used = [];

    public (string Number, DateOnly BirthDate) Next(string countyCode, DateOnly birthDate, Gender gender)
    {
        var address = countyCode.PadRight(6, '0');
        while (true)
        {
            var key = (address, birthDate.DayNumber, gender);
            used.TryGetValue(key, out var sequence);
            if (sequence < 500)
            {
                used[key] = sequence + 1;
                return (ResidentIdNumber.Compose(address, birthDate, sequence, gender), birthDate);
            }
            birthDate = birthDate.AddDays(-1);
        }
    }
}
