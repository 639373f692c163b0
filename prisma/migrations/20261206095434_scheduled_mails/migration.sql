-- CreateEnum
CREATE TYPE "ScheduledMailKind" AS ENUM ('WEEKLY_DIGEST', 'MONTHLY_REPORT');

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "monthly_report_mail" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "weekly_digest_mail" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "scheduled_mail_deliveries" (
    "membership_id" UUID NOT NULL,
    "kind" "ScheduledMailKind" NOT NULL,
    "period" TEXT NOT NULL,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scheduled_mail_deliveries_pkey" PRIMARY KEY ("membership_id","kind","period")
);

-- AddForeignKey
ALTER TABLE "scheduled_mail_deliveries" ADD CONSTRAINT "scheduled_mail_deliveries_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE;
