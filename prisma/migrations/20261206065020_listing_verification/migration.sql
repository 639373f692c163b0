-- CreateEnum
CREATE TYPE "VerificationSource" AS ENUM ('WEBSITE', 'OPENSTREETMAP', 'GOOGLE');

-- CreateEnum
CREATE TYPE "VerificationSchedule" AS ENUM ('OFF', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "VerificationTrigger" AS ENUM ('MANUAL', 'SCHEDULE', 'API');

-- CreateEnum
CREATE TYPE "VerificationTaskStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "ObservationOutcome" AS ENUM ('CONSISTENT', 'DIFFERENT', 'NOT_FOUND', 'AMBIGUOUS', 'NO_DATA');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'LISTING_ALERT';

-- DropIndex
DROP INDEX "notifications_membership_id_kind_week_start_key";

-- AlterTable
ALTER TABLE "listing_changes" ADD COLUMN     "source" "VerificationSource";

-- AlterTable
ALTER TABLE "listing_rating_snapshots" ADD COLUMN     "source" "VerificationSource";

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "subject_key" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "verification_schedule" "VerificationSchedule" NOT NULL DEFAULT 'OFF',
ADD COLUMN     "verification_sources" "VerificationSource"[] DEFAULT ARRAY[]::"VerificationSource"[];

-- CreateTable
CREATE TABLE "outbound_rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "outbound_rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "verification_runs" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "location_id" UUID,
    "trigger" "VerificationTrigger" NOT NULL,
    "requested_by_id" UUID,
    "sources" "VerificationSource"[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "verification_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_tasks" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "source" "VerificationSource" NOT NULL,
    "status" "VerificationTaskStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "verification_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location_observations" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "source" "VerificationSource" NOT NULL,
    "outcome" "ObservationOutcome" NOT NULL,
    "observed_at" TIMESTAMP(3) NOT NULL,
    "observed" JSONB,
    "differing_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "details" JSONB NOT NULL DEFAULT '{}',
    "source_url" TEXT,
    "external_id" TEXT,
    "external_version" INTEGER,
    "suggested_status" "ListingStatus",
    "run_id" UUID,

    CONSTRAINT "location_observations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "verification_runs_organisation_id_created_at_idx" ON "verification_runs"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "verification_tasks_run_id_source_status_idx" ON "verification_tasks"("run_id", "source", "status");

-- CreateIndex
CREATE INDEX "verification_tasks_location_id_source_idx" ON "verification_tasks"("location_id", "source");

-- CreateIndex
CREATE INDEX "location_observations_organisation_id_source_outcome_idx" ON "location_observations"("organisation_id", "source", "outcome");

-- CreateIndex
CREATE UNIQUE INDEX "location_observations_location_id_source_key" ON "location_observations"("location_id", "source");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_membership_id_kind_week_start_subject_key_key" ON "notifications"("membership_id", "kind", "week_start", "subject_key");

-- AddForeignKey
ALTER TABLE "verification_runs" ADD CONSTRAINT "verification_runs_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_runs" ADD CONSTRAINT "verification_runs_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "verification_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_tasks" ADD CONSTRAINT "verification_tasks_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_observations" ADD CONSTRAINT "location_observations_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One task per location and source queued or running at a time, whatever the number of runs and
-- app instances asking: a second run records the location as skipped (already-running).
CREATE UNIQUE INDEX "verification_tasks_one_active" ON "verification_tasks"("location_id", "source")
  WHERE "status" IN ('QUEUED', 'RUNNING');

-- A run is finished when none of its tasks is queued or running: checked after every task.
CREATE INDEX "verification_tasks_active_by_run" ON "verification_tasks"("run_id")
  WHERE "status" IN ('QUEUED', 'RUNNING');

-- Observations shape cached reads (the checklist, the score's freshness through listing_items):
-- they raise the organisation's data version like the other organisation tables
-- (migration organisation_data_version). Runs and tasks do not: progress is read uncached.
CREATE TRIGGER "location_observations_changed_insert" AFTER INSERT ON "location_observations"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"('own');
CREATE TRIGGER "location_observations_changed_update" AFTER UPDATE ON "location_observations"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"('own');
CREATE TRIGGER "location_observations_changed_delete" AFTER DELETE ON "location_observations"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "note_organisation_change"('own');

-- A run's results (outcome counts per source) read the observations it wrote.
CREATE INDEX "location_observations_run_id_idx" ON "location_observations"("run_id");
