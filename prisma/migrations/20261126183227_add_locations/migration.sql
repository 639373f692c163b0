-- CreateEnum
CREATE TYPE "LocationStatus" AS ENUM ('ACTIVE', 'TEMPORARILY_CLOSED', 'CLOSED');

-- CreateTable
CREATE TABLE "locations" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "store_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "country_code" CHAR(2) NOT NULL DEFAULT 'DE',
    "phone" TEXT,
    "website" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "status" "LocationStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "locations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "locations_organisation_id_name_idx" ON "locations"("organisation_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "locations_organisation_id_store_code_key" ON "locations"("organisation_id", "store_code");

-- AddForeignKey
ALTER TABLE "locations" ADD CONSTRAINT "locations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
