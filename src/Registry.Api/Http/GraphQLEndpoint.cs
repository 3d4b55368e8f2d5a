using System.Net.Mime;
using System.Text.Json;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace Registry.Api.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST with a JSON body, or GET with query parameters for queries only
/// (a mutation by GET is 405). Answers <c>application/graphql-response+json</c> or <c>application/json</c> as the client accepts.
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

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<GraphQL.Types.ISchema> executer, IGraphQLTextSerializer serializer)
    {
        var responseType = ChooseResponseType(http.Request);
        if (responseType is null)
        {
            await Problem(http, StatusCodes.Status406NotAcceptable, $"Accept {GraphQLResponseJson} or application/json.");
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = HttpMethods.IsGet(http.Request.Method) ? FromQueryString(http.Request.Query, serializer) : await FromBodyAsync(http, serializer);
        }
        catch (Exception e) when (e is JsonException or FormatException or BadHttpRequestException or InvalidOperationException or ArgumentException)
        {
            await Problem(http, StatusCodes.Status400BadRequest, $"The request is not a GraphQL request: {e.Message}");
            return;
        }
        if (request is null) return;
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await Problem(http, StatusCodes.Status400BadRequest, "The request has no query.");
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = isGet ? DocumentValidator.CoreRules.Append(new QueriesOnlyRule()) : null,
        });

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

    private static async Task<GraphQLRequest?> FromBodyAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        var contentType = http.Request.ContentType is { } ct && MediaTypeHeaderValue.TryParse(ct, out var parsed) ? parsed.MediaType.Value : null;
        if (contentType is null || !contentType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            await Problem(http, StatusCodes.Status415UnsupportedMediaType, "POST a JSON body with Content-Type: application/json.");
            return null;
        }
        return await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted)
               ?? throw new JsonException("The body is empty.");
    }

    private static GraphQLRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer) => new()
    {
        Query = query["query"].ToString(),
        OperationName = query["operationName"].ToString() is { Length: > 0 } name ? name : null,
        Variables = query["variables"].ToString() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
        Extensions = query["extensions"].ToString() is { Length: > 0 } x ? serializer.Deserialize<Inputs>(x) : null,
    };

    private static async Task Problem(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = MediaTypeNames.Application.Json + "; charset=utf-8";
        await http.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message } } }));
    }
}
