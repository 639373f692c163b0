-- CreateEnum
CREATE TYPE "Activity" AS ENUM ('POSTING', 'DIALOGUE', 'REVIEW_REPLIES', 'MONITORING', 'LISTING_UPKEEP');

-- CreateEnum
CREATE TYPE "CheckInStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "BenchmarkMetric" AS ENUM ('ACTIVE_SHARE', 'DAILY_TIME', 'POST_FREQUENCY', 'PLATFORM_USAGE', 'GOAL');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('CHECKIN_DUE', 'CHECKIN_OVERDUE');

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "calendar_token_hash" TEXT;

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "checkin_weekday" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "reminder_hour" INTEGER NOT NULL DEFAULT 9;

-- CreateTable
CREATE TABLE "check_ins" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "week_start" DATE NOT NULL,
    "membership_id" UUID,
    "status" "CheckInStatus" NOT NULL DEFAULT 'DRAFT',
    "posts_published" INTEGER NOT NULL DEFAULT 0,
    "reviews_answered" INTEGER NOT NULL DEFAULT 0,
    "rechecked_platform_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "notes" TEXT,
    "blockers" TEXT,
    "submitted_at" TIMESTAMP(3),
    "submitted_by_id" UUID,
    "reopened_at" TIMESTAMP(3),
    "reopened_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "check_ins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "check_in_minutes" (
    "check_in_id" UUID NOT NULL,
    "platform_id" UUID NOT NULL,
    "activity" "Activity" NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "check_in_minutes_pkey" PRIMARY KEY ("check_in_id","platform_id","activity")
);

-- CreateTable
CREATE TABLE "time_entries" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "membership_id" UUID,
    "entry_date" DATE NOT NULL,
    "week_start" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "platform_id" UUID NOT NULL,
    "activity" "Activity" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "time_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "benchmark_sets" (
    "id" UUID NOT NULL,
    "key" TEXT,
    "organisation_id" UUID,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "source_url" TEXT,
    "year" INTEGER NOT NULL,
    "sample_size" INTEGER NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "benchmark_sets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "benchmark_figures" (
    "id" UUID NOT NULL,
    "set_id" UUID NOT NULL,
    "metric" "BenchmarkMetric" NOT NULL,
    "key" TEXT NOT NULL,
    "label_de" TEXT NOT NULL,
    "label_en" TEXT NOT NULL,
    "share_percent" DECIMAL(5,2) NOT NULL,
    "min_minutes" INTEGER,
    "max_minutes" INTEGER,
    "min_posts_per_week" DECIMAL(5,2),
    "platform_key" TEXT,
    "note_de" TEXT,
    "note_en" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 100,

    CONSTRAINT "benchmark_figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "membership_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "week_start" DATE NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMP(3),
    "emailed_at" TIMESTAMP(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "check_ins_organisation_id_week_start_idx" ON "check_ins"("organisation_id", "week_start");

-- CreateIndex
CREATE INDEX "check_ins_membership_id_week_start_idx" ON "check_ins"("membership_id", "week_start");

-- CreateIndex
CREATE UNIQUE INDEX "check_ins_location_id_week_start_key" ON "check_ins"("location_id", "week_start");

-- CreateIndex
CREATE INDEX "time_entries_organisation_id_week_start_idx" ON "time_entries"("organisation_id", "week_start");

-- CreateIndex
CREATE INDEX "time_entries_location_id_week_start_idx" ON "time_entries"("location_id", "week_start");

-- CreateIndex
CREATE INDEX "time_entries_membership_id_entry_date_idx" ON "time_entries"("membership_id", "entry_date");

-- CreateIndex
CREATE UNIQUE INDEX "benchmark_sets_key_key" ON "benchmark_sets"("key");

-- CreateIndex
CREATE INDEX "benchmark_sets_organisation_id_idx" ON "benchmark_sets"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "benchmark_figures_set_id_metric_key_key" ON "benchmark_figures"("set_id", "metric", "key");

-- CreateIndex
CREATE INDEX "notifications_membership_id_read_at_idx" ON "notifications"("membership_id", "read_at");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_membership_id_kind_week_start_key" ON "notifications"("membership_id", "kind", "week_start");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_calendar_token_hash_key" ON "memberships"("calendar_token_hash");

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_in_minutes" ADD CONSTRAINT "check_in_minutes_check_in_id_fkey" FOREIGN KEY ("check_in_id") REFERENCES "check_ins"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_in_minutes" ADD CONSTRAINT "check_in_minutes_platform_id_fkey" FOREIGN KEY ("platform_id") REFERENCES "platforms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_platform_id_fkey" FOREIGN KEY ("platform_id") REFERENCES "platforms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "benchmark_sets" ADD CONSTRAINT "benchmark_sets_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "benchmark_figures" ADD CONSTRAINT "benchmark_figures_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "benchmark_sets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the database keeps even if a caller skips the data layer.
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_checkin_weekday_check" CHECK ("checkin_weekday" BETWEEN 1 AND 7);
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_reminder_hour_check" CHECK ("reminder_hour" BETWEEN 0 AND 23);
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_week_start_monday_check" CHECK (EXTRACT(ISODOW FROM "week_start") = 1);
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_counts_check" CHECK ("posts_published" >= 0 AND "reviews_answered" >= 0);
-- A week has at most 169 hours (the one in which clocks go back).
ALTER TABLE "check_in_minutes" ADD CONSTRAINT "check_in_minutes_range_check" CHECK ("minutes" BETWEEN 0 AND 10140);
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_minutes_check" CHECK ("minutes" BETWEEN 1 AND 1500);
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_week_start_check" CHECK ("week_start" = "entry_date" - (EXTRACT(ISODOW FROM "entry_date")::int - 1));
ALTER TABLE "benchmark_figures" ADD CONSTRAINT "benchmark_figures_share_check" CHECK ("share_percent" BETWEEN 0 AND 100);
ALTER TABLE "benchmark_sets" ADD CONSTRAINT "benchmark_sets_sample_check" CHECK ("sample_size" > 0);

-- The first benchmark set: the survey of 500 SMEs at Hochschule Bremerhaven (Prof. Heike Simmet),
-- as reported in 2012. Kept by key so a later migration can correct it.
INSERT INTO "benchmark_sets" ("id", "key", "organisation_id", "name", "source", "source_url", "year", "sample_size", "notes")
VALUES (gen_random_uuid(), 'hs-bremerhaven-2012', NULL, 'Social Media in KMU',
  'Hochschule Bremerhaven, Prof. Dr. Heike Simmet: Befragung von 500 kleinen und mittleren Unternehmen',
  NULL, 2012, 500,
  'Reported 2012. Shares are percent of the SMEs surveyed; platform usage, goals, frequency and time refer to those active in social media.')
ON CONFLICT ("key") DO NOTHING;

INSERT INTO "benchmark_figures" ("id", "set_id", "metric", "key", "label_de", "label_en", "share_percent", "min_minutes", "max_minutes", "min_posts_per_week", "platform_key", "note_de", "note_en", "sort_order")
SELECT gen_random_uuid(), s."id", f."metric"::"BenchmarkMetric", f."key", f."label_de", f."label_en", f."share", f."min_minutes", f."max_minutes", f."min_posts", f."platform_key", f."note_de", f."note_en", f."sort_order"
FROM "benchmark_sets" s,
(VALUES
  ('ACTIVE_SHARE', 'active', 'In sozialen Medien aktiv', 'Active in social media', 75.0, NULL::int, NULL::int, NULL::numeric, NULL, NULL, NULL, 10),
  ('DAILY_TIME', 'up-to-30-min', 'bis 30 Minuten am Tag', 'up to 30 minutes a day', 35.5, 0, 30,
    NULL, NULL,
    'Die Quelle nennt diese Gruppe „mindestens 30 Minuten“. Da die nächste Gruppe bei 30 Minuten beginnt, ist „bis zu 30 Minuten“ gemeint.',
    'The source calls this group "at least 30 minutes". As the next group starts at 30 minutes, it reads as "up to 30 minutes".', 10),
  ('DAILY_TIME', '30-min-to-2-h', '30 Minuten bis 2 Stunden am Tag', '30 minutes to 2 hours a day', 39.0, 30, 120, NULL, NULL, NULL, NULL, 20),
  ('DAILY_TIME', '2-to-3-h', '2 bis 3 Stunden am Tag', '2 to 3 hours a day', 15.1, 120, 180, NULL, NULL, NULL, NULL, 30),
  ('DAILY_TIME', 'not-broken-down', 'nicht aufgeschlüsselt', 'not broken down', 10.4, NULL, NULL, NULL, NULL,
    'Die übrigen 10,4 % schlüsselt die Quelle nicht auf (mehr als 3 Stunden oder keine Angabe).',
    'The source does not break down the remaining 10.4% (more than 3 hours or no answer).', 40),
  ('POST_FREQUENCY', 'daily', 'täglich', 'daily', 20.7, NULL, NULL, 5, NULL,
    'Hier: an mindestens 5 Tagen der Woche ein Beitrag (im Schnitt 5 oder mehr pro Woche).',
    'Here: a post on at least 5 days a week (on average 5 or more a week).', 10),
  ('POST_FREQUENCY', 'several-times-a-week', 'mehrmals pro Woche', 'several times a week', 41.8, NULL, NULL, 2, NULL,
    'Hier: im Schnitt 2 bis unter 5 Beiträge pro Woche.', 'Here: on average 2 to fewer than 5 posts a week.', 20),
  ('POST_FREQUENCY', 'less-often', 'seltener oder keine Angabe', 'less often or no answer', 37.5, NULL, NULL, 0, NULL,
    'Die Quelle nennt nur „mehrmals pro Woche“ und „täglich“; der Rest ist nicht aufgeschlüsselt.',
    'The source names only "several times a week" and "daily"; the rest is not broken down.', 30),
  ('PLATFORM_USAGE', 'facebook', 'Facebook', 'Facebook', 53.9, NULL, NULL, NULL, 'facebook', NULL, NULL, 10),
  ('PLATFORM_USAGE', 'xing', 'XING', 'XING', 50.8, NULL, NULL, NULL, 'xing', NULL, NULL, 20),
  ('PLATFORM_USAGE', 'twitter', 'Twitter (heute X)', 'Twitter (now X)', 35.9, NULL, NULL, NULL, 'x', NULL, NULL, 30),
  ('PLATFORM_USAGE', 'youtube', 'YouTube', 'YouTube', 25.9, NULL, NULL, NULL, 'youtube', NULL, NULL, 40),
  ('PLATFORM_USAGE', 'blogs', 'Blogs', 'Blogs', 21.4, NULL, NULL, NULL, NULL, NULL, NULL, 50),
  ('PLATFORM_USAGE', 'linkedin', 'LinkedIn', 'LinkedIn', 16.9, NULL, NULL, NULL, 'linkedin', NULL, NULL, 60),
  ('PLATFORM_USAGE', 'google-plus', 'Google+ (2019 eingestellt)', 'Google+ (shut down 2019)', 6.0, NULL, NULL, NULL, NULL, NULL, NULL, 70),
  ('GOAL', 'public-relations', 'Öffentlichkeitsarbeit', 'Public relations', 59.2, NULL, NULL, NULL, NULL, NULL, NULL, 10),
  ('GOAL', 'awareness', 'Bekanntheit steigern', 'Raising awareness', 48.7, NULL, NULL, NULL, NULL, NULL, NULL, 20),
  ('GOAL', 'advertising', 'Werbung', 'Advertising', 36.9, NULL, NULL, NULL, NULL, NULL, NULL, 30),
  ('GOAL', 'real-time-communication', 'Echtzeit-Kommunikation', 'Real-time communication', 33.5, NULL, NULL, NULL, NULL, NULL, NULL, 40)
) AS f("metric", "key", "label_de", "label_en", "share", "min_minutes", "max_minutes", "min_posts", "platform_key", "note_de", "note_en", "sort_order")
WHERE s."key" = 'hs-bremerhaven-2012'
ON CONFLICT ("set_id", "metric", "key") DO NOTHING;

-- All recorded community-management minutes in one place: a check-in's lines count for the
-- week's member (the location's assignee), time entries for whoever logged them. Reports
-- aggregate over this view so check-ins and the time log can never be counted differently.
CREATE VIEW "community_minutes" AS
SELECT c."organisation_id", c."location_id", c."membership_id", c."week_start", m."platform_id", m."activity", m."minutes", 'CHECK_IN'::text AS "source"
FROM "check_in_minutes" m
JOIN "check_ins" c ON c."id" = m."check_in_id"
UNION ALL
SELECT t."organisation_id", t."location_id", t."membership_id", t."week_start", t."platform_id", t."activity", t."minutes", 'TIME_ENTRY'::text AS "source"
FROM "time_entries" t;
