namespace Registry.Data.Migrations;

/// <summary>
/// Moves each committee's stored star rating into its star history as a first assessment (the column goes: the history
/// is the one source of truth). The old column kept no date, so the row is dated on the committee's establishment —
/// the current stars are unchanged, and the basis says where the row came from. The same SQL runs on both databases.
/// Down copies each committee's latest rating back into the column.
/// </summary>
public static class StarRatingHistory
{
    public const string MoveIntoHistory = """
        INSERT INTO committee_star_ratings (committee_id, stars, assessed_on, basis, region_code)
        SELECT id, star_rating, established_on, '迁移：原委员会星级字段（评定日期不详，按成立日期记）', region_code
        FROM committees WHERE star_rating IS NOT NULL
        """;

    public const string CopyLatestBack = """
        UPDATE committees SET star_rating = (
          SELECT r.stars FROM committee_star_ratings r WHERE r.committee_id = committees.id
          ORDER BY r.assessed_on DESC, r.id DESC LIMIT 1)
        """;
}
