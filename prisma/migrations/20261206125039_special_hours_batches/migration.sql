-- CreateEnum
CREATE TYPE "SpecialHoursBatchScope" AS ENUM ('ALL', 'CITY', 'REGION', 'GROUP');

-- CreateEnum
CREATE TYPE "SpecialHoursBatchExisting" AS ENUM ('SKIP', 'REPLACE');

-- AlterTable
ALTER TABLE "location_special_hours" ADD COLUMN     "batch_id" UUID;

-- CreateTable
CREATE TABLE "special_hours_batches" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "created_by_user_id" UUID,
    "created_by_label" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "closed" BOOLEAN NOT NULL,
    "ranges" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "holiday_region" TEXT,
    "holiday_name" TEXT,
    "scope" "SpecialHoursBatchScope" NOT NULL,
    "scope_value" TEXT,
    "scope_group_id" UUID,
    "on_existing" "SpecialHoursBatchExisting" NOT NULL,
    "location_count" INTEGER NOT NULL,
    "replaced_count" INTEGER NOT NULL,
    "skipped_count" INTEGER NOT NULL,
    "undone_at" TIMESTAMP(3),
    "undone_by_user_id" UUID,
    "undone_by_label" TEXT,

    CONSTRAINT "special_hours_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "special_hours_batch_locations" (
    "batch_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "replaced" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "special_hours_batch_locations_pkey" PRIMARY KEY ("batch_id","location_id")
);

-- CreateIndex
CREATE INDEX "special_hours_batches_organisation_id_created_at_idx" ON "special_hours_batches"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "special_hours_batch_locations_location_id_idx" ON "special_hours_batch_locations"("location_id");

-- CreateIndex
CREATE INDEX "location_special_hours_batch_id_idx" ON "location_special_hours"("batch_id");

-- AddForeignKey
ALTER TABLE "location_special_hours" ADD CONSTRAINT "location_special_hours_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "special_hours_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "special_hours_batches" ADD CONSTRAINT "special_hours_batches_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "special_hours_batches" ADD CONSTRAINT "special_hours_batches_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "special_hours_batches" ADD CONSTRAINT "special_hours_batches_undone_by_user_id_fkey" FOREIGN KEY ("undone_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "special_hours_batch_locations" ADD CONSTRAINT "special_hours_batch_locations_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "special_hours_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "special_hours_batch_locations" ADD CONSTRAINT "special_hours_batch_locations_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Batches and the locations they touched belong to the organisation's data like the special hours
-- they write: they raise its data version (migration organisation_data_version), so a cached read
-- of special hours or of the batches never outlives an apply or an undo.
DO $$
DECLARE
  watched text[][] := ARRAY[['special_hours_batches', 'own'], ['special_hours_batch_locations', 'location']];
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
