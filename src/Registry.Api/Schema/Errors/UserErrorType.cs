namespace Registry.Api.Schema.Errors;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation did not do what was asked. Nothing was changed.";
        Field(e => e.Field, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description("Path to the input field at fault, e.g. [\"idNumber\"] or [\"attendees\", \"3\", \"hours\"].");
        Field(e => e.Message).Description("What is wrong, for people.");
        Field(e => e.Code).Description("A stable code for programs: REQUIRED, INVALID, NOT_FOUND, DUPLICATE, CONFLICT, OVERLAP, OUT_OF_RANGE…");
    }
}
