using Registry.Api.Schema.Inputs;

namespace Registry.Api.Training;

public sealed class CancelTrainingSessionInputType : TypedInputType<CancelTrainingSessionInput>
{
    public CancelTrainingSessionInputType()
    {
        Name = "CancelTrainingSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<StringGraphType>("reason");
    }
}
