-- A version number per organisation that goes up whenever a transaction that changed the
-- organisation's data commits. The app caches expensive reads (presence score, status counts,
-- map data, comparisons) keyed by it (lib/cache/organisation-cache.ts), so every instance sees a
-- change at its next request, whoever wrote it and however (app, API, import, SQL).
--
-- How: statement triggers on every table that holds organisation data note the organisations a
-- statement touched in organisation_pending_changes (one row per transaction and organisation,
-- whatever the number of rows changed); a deferred trigger on that table raises the version and
-- removes the row at commit. The organisation row is therefore locked only while committing, and
-- versions go up in commit order, so a reader never sees a version whose data it cannot see yet.
-- Settings changes raise it directly (organisations_raise_data_version).
-- Not watched: audit_events, notifications and api_tokens (no cached read uses them; a token's
-- last use is written every minute).

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "data_version" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "organisation_pending_changes" (
    "transaction_id" BIGINT NOT NULL,
    "organisation_id" UUID NOT NULL,

    CONSTRAINT "organisation_pending_changes_pkey" PRIMARY KEY ("transaction_id","organisation_id")
);

CREATE FUNCTION "note_organisation_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- TG_ARGV[0] says where the changed rows' organisation is.
  IF TG_ARGV[0] = 'own' THEN
    INSERT INTO "organisation_pending_changes" ("transaction_id", "organisation_id")
    SELECT DISTINCT pg_current_xact_id()::text::bigint, c.organisation_id
    FROM changed_rows c WHERE c.organisation_id IS NOT NULL
    ON CONFLICT DO NOTHING;
  ELSIF TG_ARGV[0] = 'location' THEN
    INSERT INTO "organisation_pending_changes" ("transaction_id", "organisation_id")
    SELECT DISTINCT pg_current_xact_id()::text::bigint, p.organisation_id
    FROM changed_rows c JOIN "locations" p ON p.id = c.location_id
    ON CONFLICT DO NOTHING;
  ELSIF TG_ARGV[0] = 'listing_item' THEN
    INSERT INTO "organisation_pending_changes" ("transaction_id", "organisation_id")
    SELECT DISTINCT pg_current_xact_id()::text::bigint, p.organisation_id
    FROM changed_rows c JOIN "listing_items" p ON p.id = c.listing_item_id
    ON CONFLICT DO NOTHING;
  ELSIF TG_ARGV[0] = 'check_in' THEN
    INSERT INTO "organisation_pending_changes" ("transaction_id", "organisation_id")
    SELECT DISTINCT pg_current_xact_id()::text::bigint, p.organisation_id
    FROM changed_rows c JOIN "check_ins" p ON p.id = c.check_in_id
    ON CONFLICT DO NOTHING;
  ELSIF TG_ARGV[0] = 'benchmark_set' THEN
    INSERT INTO "organisation_pending_changes" ("transaction_id", "organisation_id")
    SELECT DISTINCT pg_current_xact_id()::text::bigint, p.organisation_id
    FROM changed_rows c JOIN "benchmark_sets" p ON p.id = c.set_id
    WHERE p.organisation_id IS NOT NULL
    ON CONFLICT DO NOTHING;
  ELSE
    RAISE EXCEPTION 'note_organisation_change: unknown owner %', TG_ARGV[0];
  END IF;
  -- A row whose parent went in the same statement (a cascade) finds no parent here; the parent's
  -- own trigger notes the organisation.
  RETURN NULL;
END
$$;

-- A member's name shows on the organisation's pages (assignees, overdue check-ins).
CREATE FUNCTION "note_organisation_change_of_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "organisation_pending_changes" ("transaction_id", "organisation_id")
  SELECT DISTINCT pg_current_xact_id()::text::bigint, m.organisation_id
  FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "memberships" m ON m.user_id = n.id
  WHERE n.name IS DISTINCT FROM o.name
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE FUNCTION "apply_organisation_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "organisations" SET "data_version" = "data_version" + 1 WHERE id = NEW.organisation_id;
  DELETE FROM "organisation_pending_changes"
  WHERE "transaction_id" = NEW.transaction_id AND "organisation_id" = NEW.organisation_id;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "organisation_pending_changes_apply" AFTER INSERT ON "organisation_pending_changes"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "apply_organisation_change"();

-- Three triggers per table: a trigger with a transition table serves one kind of statement.
DO $$
DECLARE
  watched text[][] := ARRAY[
    ['memberships', 'own'], ['invitations', 'own'], ['locations', 'own'], ['platforms', 'own'],
    ['organisation_platforms', 'own'], ['listing_items', 'own'], ['check_ins', 'own'],
    ['time_entries', 'own'], ['benchmark_sets', 'own'], ['weekly_platform_minutes', 'own'],
    ['weekly_check_in_totals', 'own'], ['subject_block_totals', 'own'],
    ['location_special_hours', 'location'], ['listing_changes', 'listing_item'],
    ['listing_rating_snapshots', 'listing_item'], ['check_in_minutes', 'check_in'],
    ['benchmark_figures', 'benchmark_set']
  ];
  entry text[];
BEGIN
  FOREACH entry SLICE 1 IN ARRAY watched LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"(%L)',
                   entry[1] || '_changed_insert', entry[1], entry[2]);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"(%L)',
                   entry[1] || '_changed_update', entry[1], entry[2]);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"(%L)',
                   entry[1] || '_changed_delete', entry[1], entry[2]);
  END LOOP;
END
$$;

CREATE TRIGGER "users_changed_update" AFTER UPDATE ON "users"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change_of_user"();

-- The organisation's own settings (freshness period, time zone, check-in day) shape the cached
-- reads too: any other change of the row raises the version with it.
CREATE FUNCTION "raise_organisation_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.data_version = OLD.data_version THEN
    NEW.data_version := OLD.data_version + 1;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "organisations_raise_data_version" BEFORE UPDATE ON "organisations"
  FOR EACH ROW EXECUTE FUNCTION "raise_organisation_data_version"();
