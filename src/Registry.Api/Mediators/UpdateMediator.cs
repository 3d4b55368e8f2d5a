using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>Changes a mediator's details from the version the caller read, inside the caller's jurisdiction.</summary>
public sealed class UpdateMediator : IUseCase<UpdateMediatorInput, Mediator>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<Mediator> HandleAsync(UpdateMediatorInput input, UseCaseContext context, CancellationToken ct)
    {
        var mediator = await context.Db.FindMediatorAsync(input.MediatorId, ct);
        await context.Db.RequireCallerServesAsync(context.Caller, mediator.Id, ct);
        UseCaseContext.ExpectVersion(mediator, input.Version);
        mediator.Update(input.Over(mediator), context.Today);
        await context.Db.EnsureIdNumberFreeAsync(mediator, ct);
        return mediator;
    }
}
