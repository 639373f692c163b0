-- CreateTable
CREATE TABLE "weekly_platform_minutes" (
    "organisation_id" UUID NOT NULL,
    "week_start" DATE NOT NULL,
    "platform_id" UUID NOT NULL,
    "activity" "Activity" NOT NULL,
    "minutes" BIGINT NOT NULL DEFAULT 0,
    "lines" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "weekly_platform_minutes_pkey" PRIMARY KEY ("organisation_id","week_start","platform_id","activity")
);

-- CreateTable
CREATE TABLE "weekly_check_in_totals" (
    "organisation_id" UUID NOT NULL,
    "week_start" DATE NOT NULL,
    "check_ins" INTEGER NOT NULL DEFAULT 0,
    "posts" BIGINT NOT NULL DEFAULT 0,
    "reviews" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "weekly_check_in_totals_pkey" PRIMARY KEY ("organisation_id","week_start")
);

-- CreateTable
CREATE TABLE "subject_block_totals" (
    "organisation_id" UUID NOT NULL,
    "block_weeks" INTEGER NOT NULL,
    "block_start" DATE NOT NULL,
    "location_id" UUID NOT NULL,
    "membership_id" UUID NOT NULL,
    "minutes" BIGINT NOT NULL DEFAULT 0,
    "lines" INTEGER NOT NULL DEFAULT 0,
    "check_ins" INTEGER NOT NULL DEFAULT 0,
    "posts" BIGINT NOT NULL DEFAULT 0,
    "reviews" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "subject_block_totals_pkey" PRIMARY KEY ("organisation_id","block_weeks","block_start","location_id","membership_id")
);

-- The rollups above are kept exact by the triggers below: every change to check_ins,
-- check_in_minutes and time_entries becomes signed deltas (the same rows community_minutes and
-- check_ins contribute, with - for what left and + for what arrived) that rollup_apply adds.
-- A check-in's minute lines count for the check-in's organisation, location, member and week,
-- so when a check-in is deleted its lines leave with it (BEFORE DELETE, while they still
-- exist) and lines deleted after their check-in are skipped.

-- The first Monday of the 1-, 4-, 16- or 64-week block that contains a week (blocks counted from 2001-01-01, a Monday).
CREATE FUNCTION "rollup_block_start"(week date, weeks int) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DATE '2001-01-01' + (floor((week - DATE '2001-01-01') / (7.0 * weeks)) * 7 * weeks)::int
$$;

-- Signed deltas as rows, one per array position: a check-in (platform NULL: check_ins ±1, posts,
-- reviews) or a minute line (platform and activity: minutes, lines ±1); no member becomes the nil UUID.
CREATE FUNCTION "rollup_deltas"(
  p_organisation uuid[], p_location uuid[], p_member uuid[], p_week date[], p_platform uuid[],
  p_activity "Activity"[], p_minutes bigint[], p_lines int[], p_check_ins int[], p_posts bigint[], p_reviews bigint[]
) RETURNS TABLE (organisation_id uuid, location_id uuid, membership_id uuid, week_start date, platform_id uuid,
                 activity "Activity", minutes bigint, lines int, check_ins int, posts bigint, reviews bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT d.o, d.l, COALESCE(d.m, '00000000-0000-0000-0000-000000000000'::uuid), d.w, d.p, d.a, d.mi, d.li, d.c, d.po, d.r
  FROM unnest(p_organisation, p_location, p_member, p_week, p_platform, p_activity, p_minutes, p_lines,
              p_check_ins, p_posts, p_reviews) AS d(o, l, m, w, p, a, mi, li, c, po, r)
$$;

-- Adds signed deltas (see rollup_deltas) to the three rollups; rows left empty are deleted.
CREATE FUNCTION "rollup_apply"(
  p_organisation uuid[], p_location uuid[], p_member uuid[], p_week date[], p_platform uuid[],
  p_activity "Activity"[], p_minutes bigint[], p_lines int[], p_check_ins int[], p_posts bigint[], p_reviews bigint[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_organisation IS NULL THEN RETURN; END IF;

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

-- check_ins: a check-in counts once with its posts and reviews; when it moves (organisation,
-- location, member or week) its minute lines move with it.
CREATE FUNCTION "rollup_check_ins_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a), array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
    FROM (
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, NULL::uuid, NULL::"Activity",
                 0::bigint, 0, +1, +k.posts_published::bigint, +k.reviews_answered::bigint
          FROM new_rows k
          UNION ALL
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, cm.platform_id, cm.activity,
                 +cm.minutes::bigint, +1, 0, 0::bigint, 0::bigint
          FROM new_rows k JOIN "check_in_minutes" cm ON cm.check_in_id = k.id
    ) AS x(o, l, m, w, p, a, mi, li, c, po, r);
  ELSE
    PERFORM "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a), array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
    FROM (
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, NULL::uuid, NULL::"Activity",
                 0::bigint, 0, +1, +k.posts_published::bigint, +k.reviews_answered::bigint
          FROM new_rows k WHERE EXISTS (SELECT 1 FROM old_rows other WHERE other.id = k.id
            AND (other.organisation_id, other.location_id, other.membership_id, other.week_start, other.posts_published, other.reviews_answered)
                IS DISTINCT FROM (k.organisation_id, k.location_id, k.membership_id, k.week_start, k.posts_published, k.reviews_answered))
          UNION ALL
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, cm.platform_id, cm.activity,
                 +cm.minutes::bigint, +1, 0, 0::bigint, 0::bigint
          FROM new_rows k JOIN "check_in_minutes" cm ON cm.check_in_id = k.id WHERE EXISTS (SELECT 1 FROM old_rows other WHERE other.id = k.id
            AND (other.organisation_id, other.location_id, other.membership_id, other.week_start, other.posts_published, other.reviews_answered)
                IS DISTINCT FROM (k.organisation_id, k.location_id, k.membership_id, k.week_start, k.posts_published, k.reviews_answered))
    ) AS x(o, l, m, w, p, a, mi, li, c, po, r);
    PERFORM "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a), array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
    FROM (
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, NULL::uuid, NULL::"Activity",
                 0::bigint, 0, -1, -k.posts_published::bigint, -k.reviews_answered::bigint
          FROM old_rows k WHERE EXISTS (SELECT 1 FROM new_rows other WHERE other.id = k.id
            AND (other.organisation_id, other.location_id, other.membership_id, other.week_start, other.posts_published, other.reviews_answered)
                IS DISTINCT FROM (k.organisation_id, k.location_id, k.membership_id, k.week_start, k.posts_published, k.reviews_answered))
          UNION ALL
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, cm.platform_id, cm.activity,
                 -cm.minutes::bigint, -1, 0, 0::bigint, 0::bigint
          FROM old_rows k JOIN "check_in_minutes" cm ON cm.check_in_id = k.id WHERE EXISTS (SELECT 1 FROM new_rows other WHERE other.id = k.id
            AND (other.organisation_id, other.location_id, other.membership_id, other.week_start, other.posts_published, other.reviews_answered)
                IS DISTINCT FROM (k.organisation_id, k.location_id, k.membership_id, k.week_start, k.posts_published, k.reviews_answered))
    ) AS x(o, l, m, w, p, a, mi, li, c, po, r);
  END IF;
  RETURN NULL;
END
$$;

-- Before a check-in is deleted: it and its minute lines leave (the cascade then deletes lines
-- whose check-in is gone, which rollup_check_in_minutes_changed skips).
CREATE FUNCTION "rollup_check_in_deleting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a), array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
    FROM (
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, NULL::uuid, NULL::"Activity",
                 0::bigint, 0, -1, -k.posts_published::bigint, -k.reviews_answered::bigint
          FROM (SELECT OLD.*) k
          UNION ALL
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, cm.platform_id, cm.activity,
                 -cm.minutes::bigint, -1, 0, 0::bigint, 0::bigint
          FROM (SELECT OLD.*) k JOIN "check_in_minutes" cm ON cm.check_in_id = k.id
    ) AS x(o, l, m, w, p, a, mi, li, c, po, r);
  RETURN OLD;
END
$$;

-- check_in_minutes: lines count for their check-in's organisation, location, member and week.
CREATE FUNCTION "rollup_check_in_minutes_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a), array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
    FROM (
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, cm.platform_id, cm.activity,
                 +cm.minutes::bigint, +1, 0, 0::bigint, 0::bigint
          FROM new_rows cm JOIN "check_ins" k ON k.id = cm.check_in_id
    ) AS x(o, l, m, w, p, a, mi, li, c, po, r);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a), array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
    FROM (
          SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, cm.platform_id, cm.activity,
                 -cm.minutes::bigint, -1, 0, 0::bigint, 0::bigint
          FROM old_rows cm JOIN "check_ins" k ON k.id = cm.check_in_id
    ) AS x(o, l, m, w, p, a, mi, li, c, po, r);
  END IF;
  RETURN NULL;
END
$$;

-- time_entries: each entry is a minute line of whoever logged it.
CREATE FUNCTION "rollup_time_entries_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a), array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
    FROM (
          SELECT t.organisation_id, t.location_id, t.membership_id, t.week_start, t.platform_id, t.activity,
                 +t.minutes::bigint, +1, 0, 0::bigint, 0::bigint
          FROM new_rows t
    ) AS x(o, l, m, w, p, a, mi, li, c, po, r);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a), array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
    FROM (
          SELECT t.organisation_id, t.location_id, t.membership_id, t.week_start, t.platform_id, t.activity,
                 -t.minutes::bigint, -1, 0, 0::bigint, 0::bigint
          FROM old_rows t
    ) AS x(o, l, m, w, p, a, mi, li, c, po, r);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "check_ins_rollup_insert" AFTER INSERT ON "check_ins"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_check_ins_changed"();
CREATE TRIGGER "check_ins_rollup_update" AFTER UPDATE ON "check_ins"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_check_ins_changed"();
CREATE TRIGGER "check_ins_rollup_delete" BEFORE DELETE ON "check_ins"
  FOR EACH ROW EXECUTE FUNCTION "rollup_check_in_deleting"();
CREATE TRIGGER "check_in_minutes_rollup_insert" AFTER INSERT ON "check_in_minutes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_check_in_minutes_changed"();
CREATE TRIGGER "check_in_minutes_rollup_update" AFTER UPDATE ON "check_in_minutes"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_check_in_minutes_changed"();
CREATE TRIGGER "check_in_minutes_rollup_delete" AFTER DELETE ON "check_in_minutes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_check_in_minutes_changed"();
CREATE TRIGGER "time_entries_rollup_insert" AFTER INSERT ON "time_entries"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_time_entries_changed"();
CREATE TRIGGER "time_entries_rollup_update" AFTER UPDATE ON "time_entries"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_time_entries_changed"();
CREATE TRIGGER "time_entries_rollup_delete" AFTER DELETE ON "time_entries"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_time_entries_changed"();

-- What is there already, at once.
SELECT "rollup_apply"(array_agg(x.o), array_agg(x.l), array_agg(x.m), array_agg(x.w), array_agg(x.p), array_agg(x.a),
                      array_agg(x.mi), array_agg(x.li), array_agg(x.c), array_agg(x.po), array_agg(x.r))
FROM (
  SELECT k.organisation_id, k.location_id, k.membership_id, k.week_start, NULL::uuid, NULL::"Activity",
         0::bigint, 0, 1, k.posts_published::bigint, k.reviews_answered::bigint
  FROM "check_ins" k
  UNION ALL
  SELECT cm.organisation_id, cm.location_id, cm.membership_id, cm.week_start, cm.platform_id, cm.activity,
         sum(cm.minutes)::bigint, count(*)::int, 0, 0::bigint, 0::bigint
  FROM "community_minutes" cm
  GROUP BY 1, 2, 3, 4, 5, 6
) AS x(o, l, m, w, p, a, mi, li, c, po, r);
