using Registry.Api.Schema.Mutations;
using Registry.Domain.BrandStudios;

namespace Registry.Api.BrandStudios;

public sealed class CreateBrandStudioPayloadType() : PayloadType<BrandStudioType, BrandStudio>("CreateBrandStudioPayload", "brandStudio");
