-- CreateEnum
CREATE TYPE "BusinessType" AS ENUM ('BAKERY_FOOD', 'RESTAURANT_CAFE', 'CRAFT', 'PHARMACY_PRACTICE', 'SHOP', 'SERVICES', 'OTHER');

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "business_type" "BusinessType";
