-- rollup_apply (migration comparison_rollups) takes a transaction-level advisory lock per
-- organisation before it touches the rollups, so concurrent writers queue instead of deadlocking.
CREATE OR REPLACE FUNCTION "rollup_apply"(
  p_organisation uuid[], p_location uuid[], p_member uuid[], p_week date[], p_platform uuid[],
  p_activity "Activity"[], p_minutes bigint[], p_lines int[], p_check_ins int[], p_posts bigint[], p_reviews bigint[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_organisation IS NULL THEN RETURN; END IF;
  -- One writer of an organisation's rollups at a time, until it commits: two check-ins saved at
  -- once (the same week, different platforms) would otherwise take the same rows in opposite
  -- orders across their statements and deadlock.
  PERFORM pg_advisory_xact_lock(hashtext('comparison_rollups'), hashtext(o::text))
  FROM (SELECT DISTINCT o FROM unnest(p_organisation) AS o ORDER BY o) AS organisations;

  INSERT INTO "weekly_platform_minutes" AS r ("organisation_id", "week_start", "platform_id", "activity", "minutes", "lines")
  SELECT d.organisation_id, d.week_start, d.platform_id, d.activity, sum(d.minutes), sum(d.lines)
  FROM "rollup_deltas"(p_organisation, p_location, p_member, p_week, p_platform, p_activity, p_minutes, p_lines, p_check_ins, p_posts, p_reviews) d WHERE d.platform_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("organisation_id", "week_start", "platform_id", "activity")
  DO UPDATE SET "minutes" = r."minutes" + EXCLUDED."minutes", "lines" = r."lines" + EXCLUDED."lines";

  INSERT INTO "weekly_check_in_totals" AS r ("organisation_id", "week_start", "check_ins", "posts", "reviews")
  SELECT d.organisation_id, d.week_start, sum(d.check_ins), sum(d.posts), sum(d.reviews)
  FROM "rollup_deltas"(p_organisation, p_location, p_member, p_week, p_platform, p_activity, p_minutes, p_lines, p_check_ins, p_posts, p_reviews) d WHERE d.platform_id IS NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("organisation_id", "week_start")
  DO UPDATE SET "check_ins" = r."check_ins" + EXCLUDED."check_ins", "posts" = r."posts" + EXCLUDED."posts",
                "reviews" = r."reviews" + EXCLUDED."reviews";

  INSERT INTO "subject_block_totals" AS r ("organisation_id", "block_weeks", "block_start", "location_id", "membership_id",
                                           "minutes", "lines", "check_ins", "posts", "reviews")
  SELECT d.organisation_id, b.weeks, "rollup_block_start"(d.week_start, b.weeks), d.location_id, d.membership_id,
         sum(d.minutes), sum(d.lines), sum(d.check_ins), sum(d.posts), sum(d.reviews)
  FROM "rollup_deltas"(p_organisation, p_location, p_member, p_week, p_platform, p_activity, p_minutes, p_lines, p_check_ins, p_posts, p_reviews) d CROSS JOIN (VALUES (1), (4), (16), (64)) AS b(weeks)
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("organisation_id", "block_weeks", "block_start", "location_id", "membership_id")
  DO UPDATE SET "minutes" = r."minutes" + EXCLUDED."minutes", "lines" = r."lines" + EXCLUDED."lines",
                "check_ins" = r."check_ins" + EXCLUDED."check_ins", "posts" = r."posts" + EXCLUDED."posts",
                "reviews" = r."reviews" + EXCLUDED."reviews";

  -- Only what was taken away can leave a row empty.
  IF NOT EXISTS (SELECT 1 FROM unnest(p_lines, p_check_ins) AS v(li, c) WHERE v.li < 0 OR v.c < 0) THEN RETURN; END IF;

  DELETE FROM "weekly_platform_minutes" r
  USING "rollup_deltas"(p_organisation, p_location, p_member, p_week, p_platform, p_activity, p_minutes, p_lines, p_check_ins, p_posts, p_reviews) d
  WHERE d.platform_id IS NOT NULL AND r."lines" = 0 AND r."organisation_id" = d.organisation_id
    AND r."week_start" = d.week_start AND r."platform_id" = d.platform_id AND r."activity" = d.activity;

  DELETE FROM "weekly_check_in_totals" r
  USING "rollup_deltas"(p_organisation, p_location, p_member, p_week, p_platform, p_activity, p_minutes, p_lines, p_check_ins, p_posts, p_reviews) d
  WHERE d.platform_id IS NULL AND r."check_ins" = 0
    AND r."organisation_id" = d.organisation_id AND r."week_start" = d.week_start;

  DELETE FROM "subject_block_totals" r
  USING "rollup_deltas"(p_organisation, p_location, p_member, p_week, p_platform, p_activity, p_minutes, p_lines, p_check_ins, p_posts, p_reviews) d CROSS JOIN (VALUES (1), (4), (16), (64)) AS b(weeks)
  WHERE r."lines" = 0 AND r."check_ins" = 0 AND r."organisation_id" = d.organisation_id
    AND r."block_weeks" = b.weeks AND r."block_start" = "rollup_block_start"(d.week_start, b.weeks)
    AND r."location_id" = d.location_id AND r."membership_id" = d.membership_id;
END
$$;
-- Statistics for the rollups the previous migration filled, so the first comparisons are
-- planned on them (reading the blocks of a period through the primary key).
ANALYZE "weekly_platform_minutes", "weekly_check_in_totals", "subject_block_totals";
