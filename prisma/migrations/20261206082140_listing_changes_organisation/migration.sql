-- DropIndex
DROP INDEX "listing_changes_changed_at_idx";

-- AlterTable
ALTER TABLE "listing_changes" ADD COLUMN     "organisation_id" UUID;

-- CreateIndex
CREATE INDEX "listing_changes_organisation_id_changed_at_idx" ON "listing_changes"("organisation_id", "changed_at");

-- Every change carries its item's organisation, whoever inserts it (checklist, bulk change,
-- check-in re-check, verification): filled in before insert, and for the rows already there.
CREATE FUNCTION "listing_change_organisation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."organisation_id" IS NULL THEN
    SELECT "organisation_id" INTO NEW."organisation_id" FROM "listing_items" WHERE "id" = NEW."listing_item_id";
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "listing_changes_organisation" BEFORE INSERT ON "listing_changes"
  FOR EACH ROW EXECUTE FUNCTION "listing_change_organisation"();
UPDATE "listing_changes" lc SET "organisation_id" = li."organisation_id"
FROM "listing_items" li WHERE li."id" = lc."listing_item_id" AND lc."organisation_id" IS NULL;
