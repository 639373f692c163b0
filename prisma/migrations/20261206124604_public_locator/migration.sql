-- CreateEnum
CREATE TYPE "PublishedField" AS ENUM ('PHONE', 'WEBSITE', 'EMAIL', 'OPENING_HOURS', 'CATEGORY', 'DESCRIPTION');

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "locator_embed_origins" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "public_locator" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "published_fields" "PublishedField"[] DEFAULT ARRAY['PHONE', 'WEBSITE', 'OPENING_HOURS']::"PublishedField"[];
