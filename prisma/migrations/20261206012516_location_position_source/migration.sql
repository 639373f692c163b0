-- CreateEnum
CREATE TYPE "PositionSource" AS ENUM ('MANUAL', 'GEOCODER', 'GAZETTEER');

-- CreateEnum
CREATE TYPE "PositionPrecision" AS ENUM ('ADDRESS', 'MUNICIPALITY', 'POSTCODE_REGION');

-- AlterTable
ALTER TABLE "locations" ADD COLUMN     "position_precision" "PositionPrecision",
ADD COLUMN     "position_precision_m" INTEGER,
ADD COLUMN     "position_source" "PositionSource";

-- Positions stored before this migration were typed, picked on the map, found with the pin
-- picker's geocoder button or imported: all of them set by a person.
UPDATE "locations" SET "position_source" = 'MANUAL'
WHERE "latitude" IS NOT NULL AND "longitude" IS NOT NULL;

-- Keeps the columns consistent whoever writes (the app, the seed, SQL by hand): no position, no
-- source; a position written without its source counts as set by hand (so nothing automatic
-- ever replaces it); a manual position has no precision.
CREATE FUNCTION "locations_position_consistent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."latitude" IS NULL OR NEW."longitude" IS NULL THEN
    NEW."position_source" := NULL;
  ELSIF NEW."position_source" IS NULL THEN
    NEW."position_source" := 'MANUAL';
  END IF;
  IF NEW."position_source" IS DISTINCT FROM 'GEOCODER' AND NEW."position_source" IS DISTINCT FROM 'GAZETTEER' THEN
    NEW."position_precision" := NULL;
    NEW."position_precision_m" := NULL;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "locations_position_consistent"
BEFORE INSERT OR UPDATE OF "latitude", "longitude", "position_source", "position_precision", "position_precision_m"
ON "locations" FOR EACH ROW EXECUTE FUNCTION "locations_position_consistent"();
