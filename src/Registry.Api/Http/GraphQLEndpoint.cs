using System.Net.Mime;
using System.Text.Json;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Registry.Api.Auditing;
using Registry.Api.Hosting;

namespace Registry.Api.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST with a JSON body, or GET with query parameters for queries only
/// (a mutation by GET is 405); a GET whose Accept prefers text/html (a browser) gets GraphiQL instead. Answers <c>application/graphql-response+json</c> or <c>application/json</c> as the client accepts.
/// Stands in for GraphQL.Server.Transports.AspNetCore's UseGraphQL middleware (not served here).
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    private const string GraphQLResponseJson = "application/graphql-response+json";

    public static IEndpointRouteBuilder MapRegistryGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>Whether the operation the request runs is a query (the named one, or the only one).</summary>
    private static bool IsQuery(GraphQLParser.AST.GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().ToList() ?? [];
        var chosen = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation == GraphQLParser.AST.OperationType.Query;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<GraphQL.Types.ISchema> executer, IGraphQLTextSerializer serializer,
        IOptions<LimitOptions> limitOptions, RequestCost cost, PersonalDataReads personalDataReads, ParsedDocuments documents, ReadReplica replica)
    {
        var limits = limitOptions.Value;
        if (Browser.BrowserPages.PrefersHtml(http.Request))
        {
            await Browser.BrowserPages.SendAsync(http, Browser.BrowserPages.GraphiQLPage);
            return;
        }
        var responseType = ChooseResponseType(http.Request);
        if (responseType is null)
        {
            await Problem(http, StatusCodes.Status406NotAcceptable, $"Accept {GraphQLResponseJson} or application/json.");
            return;
        }
        if (await BearerTokenFailure(http) is { } failure)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await Problem(http, StatusCodes.Status401Unauthorized, failure, "UNAUTHENTICATED");
            return;
        }
        if (http.Request.ContentLength > limits.MaxBodyBytes)
        {
            await Problem(http, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limits.MaxBodyBytes} bytes.", "BODY_TOO_LARGE");
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = HttpMethods.IsGet(http.Request.Method) ? FromQueryString(http.Request.Query, serializer) : await FromBodyAsync(http, serializer, limits);
        }
        catch (BodyTooLargeException)
        {
            await Problem(http, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limits.MaxBodyBytes} bytes.", "BODY_TOO_LARGE");
            return;
        }
        catch (Exception e) when (e is JsonException or FormatException or BadHttpRequestException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // Not e.Message: the serializer's messages name .NET types (GraphQL.Transport.GraphQLRequest, Inputs).
            var where = e is JsonException { LineNumber: { } line, BytePositionInLine: { } column } ? $" (near line {line + 1}, byte {column + 1})" : "";
            await Problem(http, StatusCodes.Status400BadRequest,
                $"The request is not a GraphQL request{where}: send one JSON object with \"query\" (a string) and optionally \"variables\" and \"extensions\" (objects) and \"operationName\" (a string).");
            return;
        }
        if (request is null) return;
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await Problem(http, StatusCodes.Status400BadRequest, "The request has no query.");
            return;
        }

        var parsed = documents.Parse(request.Query);
        if (parsed is { Spreads: var spreads } && spreads > limits.MaxFragmentSpreads)
        {
            await Problem(http, StatusCodes.Status400BadRequest,
                $"The query spreads fragments {spreads} times; at most {limits.MaxFragmentSpreads} are allowed (inline fragments included).", "TOO_MANY_FRAGMENTS");
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds));
        ExecutionResult result;
        // A query reads from the replica when there is a usable one; a mutation, and everything it reads, stays on the primary.
        // A query changes nothing (the audit of personal-data reads adds its entries itself), so its rows go untracked.
        var isQuery = IsQuery(parsed?.Document, request.OperationName);
        var db = http.RequestServices.GetRequiredService<RegistryDbContext>();
        if (isQuery) db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var onReplica = replica.Configured && isQuery ? replica.ReadFrom(db) : null;
        var sharedConnection = false;
        try
        {
            sharedConnection = isQuery && await OneConnectionAsync(db, timeout.Token);
            result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = parsed?.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = timeout.Token,
            ValidationRules = ValidationRules(parsed?.Document, documents, isGet),
        });
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await Problem(http, StatusCodes.Status503ServiceUnavailable,
                $"The request ran longer than {limits.ExecutionTimeoutSeconds} s and was stopped; ask for less (smaller first, fewer fields).", "TIMEOUT");
            return;
        }
        catch (OperationCanceledException)
        {
            return; // the client has gone: parsing, validation and execution stopped with it, and nobody is left to answer
        }
        finally
        {
            if (sharedConnection) await db.Database.CloseConnectionAsync();
            onReplica?.Dispose();
        }
        if (result.Executed && parsed is { Document: var document }) documents.MarkValid(request.Query, document);
        await personalDataReads.FlushAsync(http.RequestAborted);
        if (cost.Complexity is { } complexity)
            (result.Extensions ??= new Dictionary<string, object?>())["cost"] =
                new Dictionary<string, object?> { ["complexity"] = complexity, ["maxComplexity"] = limits.MaxComplexity, ["depth"] = cost.Depth };

        if (isGet && result.Errors?.Any(e => e is QueriesOnlyRule.MutationByGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            await Problem(http, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }

        http.Response.ContentType = responseType + "; charset=utf-8";
        // graphql-response+json: a request that never started executing (syntax or validation errors) is a 400.
        http.Response.StatusCode = responseType == GraphQLResponseJson && !result.Executed ? 400 : 200;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// Opens the query's connection before it runs, so its statements (a page, its count, each batch loader) share one
    /// rented connection and one session reset, where EF would rent and reset one for each statement. When the database
    /// cannot be reached now, false: the execution meets the failure as before and reports it as a GraphQL error.
    /// </summary>
    private static async Task<bool> OneConnectionAsync(RegistryDbContext db, CancellationToken ct)
    {
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            return true;
        }
        catch (System.Data.Common.DbException)
        {
            return false;
        }
    }

    /// <summary>
    /// GraphQL's own rules, unless this document passed them before (<see cref="ParsedDocuments"/>); null means those
    /// rules. The registry's rules (AddValidationRule) are added to either and run on every request.
    /// </summary>
    private static IEnumerable<IValidationRule>? ValidationRules(GraphQLDocument? document, ParsedDocuments documents, bool isGet)
    {
        var passed = document is not null && documents.PassedCoreRules(document);
        if (isGet) return (passed ? [] : DocumentValidator.CoreRules).Append(new QueriesOnlyRule());
        return passed ? [] : null;
    }

    private static string? ChooseResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0) return GraphQLResponseJson;
        foreach (var media in accept.OrderByDescending(m => m.Quality ?? 1))
        {
            if (media.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return GraphQLResponseJson;
            if (media.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)) return MediaTypeNames.Application.Json;
            if (media.MediaType.Equals("*/*") || media.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
                return MediaTypeNames.Application.Json;
        }
        return null;
    }

    /// <summary>A request that sent a bearer token we cannot accept is refused outright, never served as anonymous.</summary>
    private static async Task<string?> BearerTokenFailure(HttpContext http)
    {
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var result = await http.AuthenticateAsync();
        if (result.Succeeded) return Access.Caller.From(result.Principal).IsSignedIn ? null : "The token has no role or jurisdiction claim.";
        return result.Failure switch
        {
            Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => "The bearer token has expired; ask for a new one.",
            Microsoft.IdentityModel.Tokens.SecurityTokenNotYetValidException or Microsoft.IdentityModel.Tokens.SecurityTokenInvalidLifetimeException
                => "The bearer token is not valid at this time (check its not-before and expiry).",
            Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException or Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException
                => "The bearer token's signature is not valid for this registry.",
            Access.TokenClaimException e => e.Message,
            Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException => "The bearer token's issuer (iss) is not this registry's.",
            Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException => "The bearer token's audience (aud) is not this registry.",
            { } => "The bearer token was refused: it is not a well-formed token signed for this registry.",
            null => "The bearer token was refused.",
        };
    }

    private static async Task<GraphQLRequest?> FromBodyAsync(HttpContext http, IGraphQLTextSerializer serializer, LimitOptions limits)
    {
        var contentType = http.Request.ContentType is { } ct && MediaTypeHeaderValue.TryParse(ct, out var parsed) ? parsed.MediaType.Value : null;
        if (contentType is null || !contentType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            await Problem(http, StatusCodes.Status415UnsupportedMediaType, "POST a JSON body with Content-Type: application/json.");
            return null;
        }
        await using var body = new LimitedReadStream(http.Request.Body, limits.MaxBodyBytes);
        return await serializer.ReadAsync<GraphQLRequest>(body, http.RequestAborted)
               ?? throw new JsonException("The body is empty.");
    }

    private static GraphQLRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer) => new()
    {
        Query = query["query"].ToString(),
        OperationName = query["operationName"].ToString() is { Length: > 0 } name ? name : null,
        Variables = query["variables"].ToString() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
        Extensions = query["extensions"].ToString() is { Length: > 0 } x ? serializer.Deserialize<Inputs>(x) : null,
    };

    private static async Task Problem(HttpContext http, int status, string message, string? code = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = MediaTypeNames.Application.Json + "; charset=utf-8";
        object error = code is null ? new { message } : new { message, extensions = new { code } };
        await http.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { error } }));
    }
}
