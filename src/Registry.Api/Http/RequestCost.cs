namespace Registry.Api.Http;

/// <summary>What the complexity analyser computed for this request, reported back in <c>extensions.cost</c>.</summary>
public sealed class RequestCost
{
    public double? Complexity { get; set; }
    public int? Depth { get; set; }
}
