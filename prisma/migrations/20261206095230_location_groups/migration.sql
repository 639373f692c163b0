-- CreateEnum
CREATE TYPE "LocationGroupKind" AS ENUM ('REGION', 'FRANCHISE_PARTNER', 'DISTRICT', 'OTHER');

-- CreateEnum
CREATE TYPE "LocationGroupRuleField" AS ENUM ('CITY', 'REGION', 'POSTAL_CODE_PREFIX');

-- CreateTable
CREATE TABLE "location_groups" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LocationGroupKind" NOT NULL DEFAULT 'OTHER',
    "rule_field" "LocationGroupRuleField",
    "rule_value" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "location_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location_group_members" (
    "group_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "location_group_members_pkey" PRIMARY KEY ("group_id","location_id")
);

-- CreateTable
CREATE TABLE "membership_group_limits" (
    "membership_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_group_limits_pkey" PRIMARY KEY ("membership_id","group_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "location_groups_organisation_id_name_key" ON "location_groups"("organisation_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "location_groups_id_organisation_id_key" ON "location_groups"("id", "organisation_id");

-- CreateIndex
CREATE INDEX "location_group_members_location_id_idx" ON "location_group_members"("location_id");

-- CreateIndex
CREATE INDEX "location_group_members_organisation_id_idx" ON "location_group_members"("organisation_id");

-- CreateIndex
CREATE INDEX "membership_group_limits_group_id_idx" ON "membership_group_limits"("group_id");

-- CreateIndex
CREATE INDEX "membership_group_limits_organisation_id_idx" ON "membership_group_limits"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "locations_id_organisation_id_key" ON "locations"("id", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_id_organisation_id_key" ON "memberships"("id", "organisation_id");

-- AddForeignKey
ALTER TABLE "location_groups" ADD CONSTRAINT "location_groups_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_group_members" ADD CONSTRAINT "location_group_members_group_id_organisation_id_fkey" FOREIGN KEY ("group_id", "organisation_id") REFERENCES "location_groups"("id", "organisation_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_group_members" ADD CONSTRAINT "location_group_members_location_id_organisation_id_fkey" FOREIGN KEY ("location_id", "organisation_id") REFERENCES "locations"("id", "organisation_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership_group_limits" ADD CONSTRAINT "membership_group_limits_membership_id_organisation_id_fkey" FOREIGN KEY ("membership_id", "organisation_id") REFERENCES "memberships"("id", "organisation_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership_group_limits" ADD CONSTRAINT "membership_group_limits_group_id_organisation_id_fkey" FOREIGN KEY ("group_id", "organisation_id") REFERENCES "location_groups"("id", "organisation_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rule groups: every location whose field matches the rule is a member, whoever writes the
-- location or the rule (form, API, CSV import, SQL). City and region match case- and
-- space-insensitively, the postcode by prefix (starts_with: no LIKE wildcards to escape).
CREATE FUNCTION "location_matches_group_rule"(
  rule_field "LocationGroupRuleField", rule_value text, city text, region text, postal_code text
) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE rule_field
    WHEN 'CITY' THEN lower(btrim(city)) = lower(btrim(rule_value))
    WHEN 'REGION' THEN lower(btrim(coalesce(region, ''))) = lower(btrim(rule_value))
    WHEN 'POSTAL_CODE_PREFIX' THEN starts_with(postal_code, rule_value)
    ELSE false
  END
$$;

-- A group whose rule was set or changed gets exactly the matching locations. A group whose rule
-- was removed keeps its members as the start of a hand-picked set.
CREATE FUNCTION "refresh_rule_group_members"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.rule_field IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.rule_field IS NOT DISTINCT FROM OLD.rule_field
     AND NEW.rule_value IS NOT DISTINCT FROM OLD.rule_value THEN
    RETURN NULL;
  END IF;
  DELETE FROM "location_group_members" WHERE "group_id" = NEW.id;
  INSERT INTO "location_group_members" ("group_id", "location_id", "organisation_id")
  SELECT NEW.id, l.id, l.organisation_id FROM "locations" l
  WHERE l.organisation_id = NEW.organisation_id
    AND "location_matches_group_rule"(NEW.rule_field, NEW.rule_value, l.city, l.region, l.postal_code);
  RETURN NULL;
END
$$;

CREATE TRIGGER "location_groups_refresh_rule_members" AFTER INSERT OR UPDATE ON "location_groups"
  FOR EACH ROW EXECUTE FUNCTION "refresh_rule_group_members"();

-- Locations written in one statement (an import of thousands) are placed in their rule groups
-- with two statements, not two per row. Statement triggers with transition tables cannot name
-- columns, so every update re-places the updated rows; that costs nothing for an organisation
-- without rule groups.
CREATE FUNCTION "place_locations_in_rule_groups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "location_group_members" m
    USING changed_rows c, "location_groups" g
    WHERE m.location_id = c.id AND g.id = m.group_id AND g.rule_field IS NOT NULL
      AND NOT "location_matches_group_rule"(g.rule_field, g.rule_value, c.city, c.region, c.postal_code);
  END IF;
  INSERT INTO "location_group_members" ("group_id", "location_id", "organisation_id")
  SELECT g.id, c.id, c.organisation_id
  FROM changed_rows c JOIN "location_groups" g
    ON g.organisation_id = c.organisation_id AND g.rule_field IS NOT NULL
  WHERE "location_matches_group_rule"(g.rule_field, g.rule_value, c.city, c.region, c.postal_code)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "locations_place_in_rule_groups_insert" AFTER INSERT ON "locations"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "place_locations_in_rule_groups"();
CREATE TRIGGER "locations_place_in_rule_groups_update" AFTER UPDATE ON "locations"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "place_locations_in_rule_groups"();

-- Groups, their members and the managers' limits shape cached reads (filters, roll-ups, what a
-- limited manager sees): they raise the organisation's data version like the other organisation
-- tables (migration organisation_data_version).
DO $$
DECLARE
  watched text[] := ARRAY['location_groups', 'location_group_members', 'membership_group_limits'];
  name text;
BEGIN
  FOREACH name IN ARRAY watched LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"(''own'')',
                   name || '_changed_insert', name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"(''own'')',
                   name || '_changed_update', name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"(''own'')',
                   name || '_changed_delete', name);
  END LOOP;
END
$$;
