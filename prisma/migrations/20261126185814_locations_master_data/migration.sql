-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "locations" ADD COLUMN     "address_extra" TEXT,
ADD COLUMN     "archived_at" TIMESTAMP(3),
ADD COLUMN     "assigned_membership_id" UUID,
ADD COLUMN     "description" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "opening_hours" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "primary_category" TEXT,
ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "location_special_hours" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "ranges" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,

    CONSTRAINT "location_special_hours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "geocode_results" (
    "query" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "display_name" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "geocode_results_pkey" PRIMARY KEY ("query")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "token_prefix" TEXT NOT NULL,
    "created_by_user_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "location_special_hours_location_id_start_date_idx" ON "location_special_hours"("location_id", "start_date");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_organisation_id_idx" ON "api_tokens"("organisation_id");

-- CreateIndex
CREATE INDEX "locations_assigned_membership_id_idx" ON "locations"("assigned_membership_id");

-- CreateIndex
CREATE INDEX "locations_search_text_idx" ON "locations" USING GIN ("search_text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "locations" ADD CONSTRAINT "locations_assigned_membership_id_fkey" FOREIGN KEY ("assigned_membership_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_special_hours" ADD CONSTRAINT "location_special_hours_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Keep search_text in step with the fields it is made of, whoever writes the row (forms, API,
-- import, SQL). Prisma does not model triggers, so they live here only.
CREATE FUNCTION locations_set_search_text() RETURNS trigger AS $$
BEGIN
  NEW.search_text := replace(lower(concat_ws(' ', NEW.name, NEW.store_code, NEW.street, NEW.postal_code, NEW.city)), 'ß', 'ss');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER locations_search_text
  BEFORE INSERT OR UPDATE OF name, store_code, street, postal_code, city ON "locations"
  FOR EACH ROW EXECUTE FUNCTION locations_set_search_text();

UPDATE "locations" SET "name" = "name";
