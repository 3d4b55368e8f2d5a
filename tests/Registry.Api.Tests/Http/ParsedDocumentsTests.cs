using Registry.Api.Http;

namespace Registry.Api.Tests.Http;

/// <summary>
/// The parsed-document cache: a query asked again is not parsed again, one that passed validation is not checked against
/// GraphQL's own rules again, and the cache never grows past its bound.
/// </summary>
public class ParsedDocumentsTests
{
    [Fact]
    public void TheSameQueryTextGivesTheSameParsedDocument()
    {
        var documents = new ParsedDocuments();
        var first = documents.Parse("{ a: __typename ...F } fragment F on Query { __typename }");
        var second = documents.Parse("{ a: __typename ...F } fragment F on Query { __typename }");

        Assert.NotNull(first);
        Assert.Same(first.Value.Document, second!.Value.Document);
        Assert.Equal(1, second.Value.Spreads);
        Assert.Equal(1, documents.Count);
    }

    [Fact]
    public void ADifferentQueryIsParsedOnItsOwn()
    {
        var documents = new ParsedDocuments();
        var a = documents.Parse("{ __typename }");
        var b = documents.Parse("{ __schema { queryType { name } } }");

        Assert.NotSame(a!.Value.Document, b!.Value.Document);
        Assert.Equal(2, documents.Count);
    }

    [Fact]
    public void AQueryThatDoesNotParseIsNotKept()
    {
        var documents = new ParsedDocuments();

        Assert.Null(documents.Parse("{ unclosed"));
        Assert.Equal(0, documents.Count);
    }

    [Fact]
    public void AVeryLongQueryIsParsedButNotKept()
    {
        var documents = new ParsedDocuments();
        var query = "{ __typename }" + new string(' ', ParsedDocuments.MaxCachedQueryLength);

        Assert.NotNull(documents.Parse(query));
        Assert.Equal(0, documents.Count);
    }

    [Fact]
    public void AFullCacheStartsAgainRatherThanGrowing()
    {
        var documents = new ParsedDocuments();
        for (var i = 0; i < ParsedDocuments.Capacity; i++) documents.Parse($"{{ a{i}: __typename }}");
        Assert.Equal(ParsedDocuments.Capacity, documents.Count);

        documents.Parse("{ oneMore: __typename }");

        Assert.Equal(1, documents.Count);
    }

    [Fact]
    public void ADocumentMarkedValidHasPassedTheCoreRules()
    {
        var documents = new ParsedDocuments();
        var parsed = documents.Parse("{ __typename }")!.Value.Document;
        Assert.False(documents.PassedCoreRules(parsed));

        documents.MarkValid("{ __typename }", parsed);

        Assert.True(documents.PassedCoreRules(parsed));
        Assert.Same(parsed, documents.Parse("{ __typename }")!.Value.Document);
    }

    [Fact]
    public void ADocumentTheCacheDoesNotHoldIsNotMarkedValid()
    {
        var documents = new ParsedDocuments();
        var query = "{ __typename }" + new string(' ', ParsedDocuments.MaxCachedQueryLength);
        var parsed = documents.Parse(query)!.Value.Document;

        documents.MarkValid(query, parsed);

        Assert.False(documents.PassedCoreRules(parsed));
    }

    [Fact]
    public void AFullCacheForgetsWhichDocumentsWereValid()
    {
        var documents = new ParsedDocuments();
        var first = documents.Parse("{ a0: __typename }")!.Value.Document;
        documents.MarkValid("{ a0: __typename }", first);
        for (var i = 1; i <= ParsedDocuments.Capacity; i++) documents.Parse($"{{ a{i}: __typename }}");

        Assert.False(documents.PassedCoreRules(first));
    }
}
