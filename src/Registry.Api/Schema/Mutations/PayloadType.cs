using Registry.Api.Schema.Errors;

namespace Registry.Api.Schema.Mutations;

/// <summary>A mutation payload: one result field and <c>userErrors</c>. Subclass it once per mutation to name it.</summary>
public abstract class PayloadType<TResultType, T> : ObjectGraphType<Payload<T>> where TResultType : IGraphType
{
    protected PayloadType(string name, string resultField)
    {
        Name = name;
        Field<TResultType>(resultField).Description("The result; null when userErrors is not empty.").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Why nothing was changed; empty on success.")
            .Resolve(ctx => ctx.Source.UserErrors);
    }
}
