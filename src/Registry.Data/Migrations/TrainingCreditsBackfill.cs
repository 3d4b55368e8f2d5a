using Registry.Data.Training;

namespace Registry.Data.Migrations;

/// <summary>
/// Fills <c>training_credits</c> from the attendances recorded before the table existed. The same SQL runs on both
/// databases; bulk loads that bypass the writers (the training benchmark's) run it too.
/// </summary>
public static class TrainingCreditsBackfill
{
    public const string Sql = TrainingCredits.Backfill;
}
