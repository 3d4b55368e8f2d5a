using Registry.Data.Reports.Sql;
using Registry.Domain.Regions;
using Registry.Domain.Training;

namespace Registry.Data.Reports.Training;

public sealed record RegionTrainingCompliance(Region Region, int MediatorCount, int CompliantCount);
