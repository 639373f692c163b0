-- CreateTable
CREATE TABLE "location_score_snapshots" (
    "location_id" UUID NOT NULL,
    "snapshot_date" DATE NOT NULL,
    "organisation_id" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "coverage" DOUBLE PRECISION NOT NULL,
    "correctness" DOUBLE PRECISION NOT NULL,
    "freshness" DOUBLE PRECISION NOT NULL,
    "taken_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "location_score_snapshots_pkey" PRIMARY KEY ("location_id","snapshot_date")
);

-- CreateTable
CREATE TABLE "organisation_score_snapshots" (
    "organisation_id" UUID NOT NULL,
    "snapshot_date" DATE NOT NULL,
    "locations" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "coverage" DOUBLE PRECISION NOT NULL,
    "correctness" DOUBLE PRECISION NOT NULL,
    "freshness" DOUBLE PRECISION NOT NULL,
    "taken_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_score_snapshots_pkey" PRIMARY KEY ("organisation_id","snapshot_date")
);

-- CreateIndex
CREATE INDEX "location_score_snapshots_organisation_id_snapshot_date_idx" ON "location_score_snapshots"("organisation_id", "snapshot_date");

-- AddForeignKey
ALTER TABLE "location_score_snapshots" ADD CONSTRAINT "location_score_snapshots_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_score_snapshots" ADD CONSTRAINT "organisation_score_snapshots_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
