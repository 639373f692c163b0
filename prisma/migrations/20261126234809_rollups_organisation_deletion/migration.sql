-- Deleting an organisation of chain size (260k check-ins) took ~17 minutes: the per-row trigger
-- before each check-in's deletion subtracted it from the rollups one at a time. The transaction
-- that deletes a whole organisation sets `ortsbild.deleting_organisation` (SET LOCAL) to its id and
-- deletes the organisation's rollup rows itself; the rollup triggers then stand aside for deletions.
-- Bodies otherwise unchanged from the migration comparison_rollups.


CREATE OR REPLACE FUNCTION "rollup_check_in_deleting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The whole organisation is being deleted (lib/data-rights/organisation-deletion.ts): its
  -- rollup rows go in one statement there, so nothing needs subtracting row by row.
  IF OLD.organisation_id::text = current_setting('ortsbild.deleting_organisation', true) THEN
    RETURN OLD;
  END IF;
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

CREATE OR REPLACE FUNCTION "rollup_check_in_minutes_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Deletions inside the transaction that deletes a whole organisation (it touches nothing else,
  -- see rollup_check_in_deleting): its rollup rows go in one statement there.
  IF TG_OP = 'DELETE' AND coalesce(current_setting('ortsbild.deleting_organisation', true), '') <> '' THEN
    RETURN NULL;
  END IF;
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

CREATE OR REPLACE FUNCTION "rollup_time_entries_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Deletions inside the transaction that deletes a whole organisation (it touches nothing else,
  -- see rollup_check_in_deleting): its rollup rows go in one statement there.
  IF TG_OP = 'DELETE' AND coalesce(current_setting('ortsbild.deleting_organisation', true), '') <> '' THEN
    RETURN NULL;
  END IF;
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
