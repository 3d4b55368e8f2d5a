using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>Registers a person as a mediator (one record per ID number); appointing them is <c>appointMediator</c>.</summary>
public sealed class RegisterMediator : IUseCase<RegisterMediatorInput, Mediator>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<Mediator> HandleAsync(RegisterMediatorInput input, UseCaseContext context, CancellationToken ct)
    {
        var registeringRegion = await RegisteringRegion.ResolveAsync(context.Db, context.Caller, input.RegisteringRegionCode, ct);
        var mediator = Mediator.Register(input.ToDetails(), context.Today, registeringRegion);
        await context.Db.EnsureIdNumberFreeAsync(mediator, ct);
        context.Db.Mediators.Add(mediator);
        return mediator;
    }
}
