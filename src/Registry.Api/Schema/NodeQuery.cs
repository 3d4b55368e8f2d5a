using Registry.Api.Access;
using Registry.Api.Schema.Errors;

namespace Registry.Api.Schema;

/// <summary><c>node(id:)</c>: fetches any entity by its global ID.</summary>
public sealed class NodeQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NodeInterface>("node").Public()
            .Description("Any object by its global ID. An ID of the right form that names nothing gives null with a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                if (!GlobalId.TryDecode(id, out var typeName, out var key) || NodeTypes.Find(typeName) is not { } nodeType
                    || nodeType.ClrType.IsSubclassOf(typeof(Entity)) && !long.TryParse(key, out _))
                    throw new InputError("id", ErrorCodes.Invalid, $"'{id}' is not a valid ID.");
                var db = ctx.Db();
                var entity = await nodeType.FindAsync(db, key, ctx.CancellationToken);
                if (entity is null) ctx.Errors.Add(new InputError("id", ErrorCodes.NotFound, $"No {typeName} has the ID '{id}'."));
                var caller = ctx.Caller();
                if (entity is not null && !await NodeAccess.MayReadAsync(caller, db, entity, ctx.CancellationToken))
                {
                    ctx.Errors.Add(caller.IsSignedIn
                        ? new InputError("id", ErrorCodes.Forbidden, $"That {typeName} is outside your jurisdiction ({caller.Jurisdiction}).")
                        : new InputError("id", ErrorCodes.Unauthenticated, $"A {typeName} is not part of the public directory: send a bearer token."));
                    return null;
                }
                return entity;
            });
}
