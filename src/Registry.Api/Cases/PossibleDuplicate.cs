using System.Buffers.Text;
using System.Text;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Loading;
using Registry.Data.Querying;
using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

/// <summary>Two cases that look like one dispute recorded twice: same set of parties, same category, different committees.</summary>
/// <summary>A class with init properties, not a positional record, so EF can keep composing (order, keyset) after the projection.</summary>
public sealed class PossibleDuplicate
{
    public long CaseAId { get; init; }
    public long CaseBId { get; init; }
    public int DaysApart { get; init; }
    public DisputeCategory Category { get; init; }
}
