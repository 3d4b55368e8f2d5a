using Registry.Data.Training;

namespace Registry.Data.Migrations;

/// <summary>
/// Fills <c>training_credits</c> from the attendances recorded before the table existed; bulk loads that bypass the
/// writers (the training benchmark's) run it too.
/// </summary>
public static class TrainingCreditsBackfill
{
    public static string Sql(DatabaseProvider provider) => TrainingCredits.Backfill(provider);
}
