-- CreateEnum
CREATE TYPE "WebhookFormat" AS ENUM ('standard', 'slack', 'teams', 'mattermost');

-- AlterTable
ALTER TABLE "webhook_deliveries" ADD COLUMN     "event_key" TEXT;

-- AlterTable
ALTER TABLE "webhook_endpoints" ADD COLUMN     "format" "WebhookFormat" NOT NULL DEFAULT 'standard';

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_endpoint_id_event_key_key" ON "webhook_deliveries"("endpoint_id", "event_key");
