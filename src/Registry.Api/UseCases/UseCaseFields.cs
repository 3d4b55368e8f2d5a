using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Mutations;

namespace Registry.Api.UseCases;

/// <summary>The GraphQL transport of a use case: the typed input in, a payload with <c>userErrors</c> out.</summary>
public static class UseCaseFields
{
    /// <summary>The mutation's <c>input</c> argument, bound to its typed class.</summary>
    public static TInput Input<TInput>(this IResolveFieldContext context) => context.GetArgument<TInput>("input");

    /// <summary>
    /// Runs <paramref name="useCase"/> for this mutation field; the audit trail records the field's name as the
    /// operation.
    /// </summary>
    public static async Task<object?> RunAsync<TCommand, TResult>(this IResolveFieldContext context,
        IUseCase<TCommand, TResult> useCase, TCommand command)
    {
        var result = await context.Service<UseCaseRunner>()
            .RunAsync(useCase, command, context.Caller(), context.FieldDefinition.Name, context.CancellationToken);
        return result.Succeeded
            ? new Payload<TResult>(result.Value, [])
            : Payload<TResult>.Failed(result.Errors.Select(UserError.From));
    }
}
