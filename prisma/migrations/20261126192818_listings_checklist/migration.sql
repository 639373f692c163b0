-- CreateEnum
CREATE TYPE "PlatformKind" AS ENUM ('MAPS', 'NAVIGATION', 'SOCIAL', 'REVIEWS', 'DIRECTORY');

-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('NOT_STARTED', 'CLAIM_REQUESTED', 'CLAIMED', 'LIVE', 'NEEDS_UPDATE', 'NOT_APPLICABLE');

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "freshness_days" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "platforms" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "organisation_id" UUID,
    "name" TEXT NOT NULL,
    "kind" "PlatformKind" NOT NULL,
    "home_url" TEXT,
    "claim_hint_de" TEXT NOT NULL DEFAULT '',
    "claim_hint_en" TEXT NOT NULL DEFAULT '',
    "shows_name" BOOLEAN NOT NULL DEFAULT true,
    "shows_address" BOOLEAN NOT NULL DEFAULT true,
    "shows_phone" BOOLEAN NOT NULL DEFAULT true,
    "shows_website" BOOLEAN NOT NULL DEFAULT true,
    "shows_hours" BOOLEAN NOT NULL DEFAULT false,
    "has_ratings" BOOLEAN NOT NULL DEFAULT false,
    "weight" INTEGER NOT NULL DEFAULT 3,
    "sort_order" INTEGER NOT NULL DEFAULT 100,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "platforms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_platforms" (
    "organisation_id" UUID NOT NULL,
    "platform_id" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL,

    CONSTRAINT "organisation_platforms_pkey" PRIMARY KEY ("organisation_id","platform_id")
);

-- CreateTable
CREATE TABLE "listing_items" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "platform_id" UUID NOT NULL,
    "status" "ListingStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "listing_url" TEXT,
    "shown_name" TEXT,
    "shown_street" TEXT,
    "shown_postcode" TEXT,
    "shown_city" TEXT,
    "shown_phone" TEXT,
    "shown_website" TEXT,
    "mismatched_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rating" DECIMAL(2,1),
    "review_count" INTEGER,
    "last_checked_at" TIMESTAMP(3),
    "last_checked_by_id" UUID,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "listing_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "listing_changes" (
    "id" UUID NOT NULL,
    "listing_item_id" UUID NOT NULL,
    "changed_by_id" UUID,
    "changed_by_name" TEXT NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changes" JSONB NOT NULL,

    CONSTRAINT "listing_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "listing_rating_snapshots" (
    "id" UUID NOT NULL,
    "listing_item_id" UUID NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rating" DECIMAL(2,1),
    "review_count" INTEGER,

    CONSTRAINT "listing_rating_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "platforms_key_key" ON "platforms"("key");

-- CreateIndex
CREATE INDEX "platforms_organisation_id_idx" ON "platforms"("organisation_id");

-- CreateIndex
CREATE INDEX "listing_items_organisation_id_platform_id_status_idx" ON "listing_items"("organisation_id", "platform_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "listing_items_location_id_platform_id_key" ON "listing_items"("location_id", "platform_id");

-- CreateIndex
CREATE INDEX "listing_changes_listing_item_id_changed_at_idx" ON "listing_changes"("listing_item_id", "changed_at");

-- CreateIndex
CREATE INDEX "listing_rating_snapshots_listing_item_id_recorded_at_idx" ON "listing_rating_snapshots"("listing_item_id", "recorded_at");

-- AddForeignKey
ALTER TABLE "platforms" ADD CONSTRAINT "platforms_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_platforms" ADD CONSTRAINT "organisation_platforms_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_platforms" ADD CONSTRAINT "organisation_platforms_platform_id_fkey" FOREIGN KEY ("platform_id") REFERENCES "platforms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_items" ADD CONSTRAINT "listing_items_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_items" ADD CONSTRAINT "listing_items_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_items" ADD CONSTRAINT "listing_items_platform_id_fkey" FOREIGN KEY ("platform_id") REFERENCES "platforms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_items" ADD CONSTRAINT "listing_items_last_checked_by_id_fkey" FOREIGN KEY ("last_checked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_changes" ADD CONSTRAINT "listing_changes_listing_item_id_fkey" FOREIGN KEY ("listing_item_id") REFERENCES "listing_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_rating_snapshots" ADD CONSTRAINT "listing_rating_snapshots_listing_item_id_fkey" FOREIGN KEY ("listing_item_id") REFERENCES "listing_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The platform catalogue, version 1. A later migration updates it by key (ON CONFLICT), so the
-- catalogue stays versioned data and organisations' own platforms are never touched.
INSERT INTO "platforms" ("id", "key", "name", "kind", "home_url", "weight", "sort_order", "shows_name", "shows_address", "shows_phone", "shows_website", "shows_hours", "has_ratings", "claim_hint_de", "claim_hint_en") VALUES
  (gen_random_uuid(), 'google-business-profile', 'Google Business Profile', 'MAPS', 'https://business.google.com', 10, 10, true, true, true, true, true, true, 'Unter business.google.com Standort suchen oder anlegen; Bestätigung meist per Postkarte, Anruf oder Video.', 'Search or add the location at business.google.com; verification usually by postcard, phone call or video.'),
  (gen_random_uuid(), 'apple-business-connect', 'Apple Business Connect', 'MAPS', 'https://businessconnect.apple.com', 7, 20, true, true, true, true, true, false, 'Mit einer Apple-ID bei Apple Business Connect anmelden, Standort beanspruchen, Bestätigung per Anruf oder Dokument.', 'Sign in to Apple Business Connect with an Apple ID, claim the location, verify by phone call or document.'),
  (gen_random_uuid(), 'bing-places', 'Bing Places', 'MAPS', 'https://www.bingplaces.com', 5, 30, true, true, true, true, true, false, 'Bei Bing Places anmelden; ein bestätigtes Google-Profil lässt sich direkt importieren.', 'Sign in to Bing Places; a verified Google profile can be imported directly.'),
  (gen_random_uuid(), 'openstreetmap', 'OpenStreetMap', 'MAPS', 'https://www.openstreetmap.org', 4, 40, true, true, true, true, true, false, 'Kostenloses Konto anlegen und den Ort bearbeiten (Name, Adresse, Öffnungszeiten); keine Bestätigung nötig, Änderungen sind sofort sichtbar.', 'Create a free account and edit the place (name, address, opening hours); no verification, changes show at once.'),
  (gen_random_uuid(), 'here', 'HERE WeGo', 'NAVIGATION', 'https://mapcreator.here.com', 4, 50, true, true, true, true, true, false, 'Über HERE Map Creator einen Ort hinzufügen oder korrigieren; HERE liefert viele Navigationssysteme im Auto.', 'Add or correct the place in HERE Map Creator; HERE supplies many in-car navigation systems.'),
  (gen_random_uuid(), 'tomtom', 'TomTom', 'NAVIGATION', 'https://www.tomtom.com/mapshare/tools', 4, 60, true, true, true, true, false, false, 'Über TomTom MapShare einen POI melden oder korrigieren; TomTom-Daten stecken in Navis und Auto-Systemen.', 'Report or correct the POI in TomTom MapShare; TomTom data is in sat-navs and car systems.'),
  (gen_random_uuid(), 'facebook', 'Facebook', 'SOCIAL', 'https://www.facebook.com/pages/create', 6, 70, true, true, true, true, true, true, 'Seite für den Standort anlegen (oder Standortseiten unter einer Hauptseite); Kategorie und Adresse setzen.', 'Create a page for the location (or location pages under a main page); set category and address.'),
  (gen_random_uuid(), 'instagram', 'Instagram', 'SOCIAL', 'https://www.instagram.com', 5, 80, true, true, true, true, false, false, 'Professionelles Konto einrichten und mit der Facebook-Seite verknüpfen; Adresse in den Kontaktoptionen.', 'Set up a professional account and link it to the Facebook page; address in the contact options.'),
  (gen_random_uuid(), 'xing', 'XING', 'SOCIAL', 'https://www.xing.com/pages', 3, 90, true, true, true, true, false, false, 'Unternehmensseite bei XING anlegen oder beanspruchen; vor allem für Arbeitgeberauftritt und B2B.', 'Create or claim a company page on XING; mainly for employer branding and B2B.'),
  (gen_random_uuid(), 'linkedin', 'LinkedIn', 'SOCIAL', 'https://www.linkedin.com/company/setup/new', 3, 100, true, true, false, true, false, false, 'Unternehmensseite anlegen; Standorte unter „Standorte“ eintragen.', 'Create a company page; add locations under "Locations".'),
  (gen_random_uuid(), 'youtube', 'YouTube', 'SOCIAL', 'https://www.youtube.com', 2, 110, true, false, false, true, false, false, 'Kanal mit dem Google-Konto des Betriebs anlegen und die Website verknüpfen.', 'Create a channel with the business Google account and link the website.'),
  (gen_random_uuid(), 'x', 'X (Twitter)', 'SOCIAL', 'https://x.com', 2, 120, true, false, false, true, false, false, 'Konto anlegen, Ort und Website im Profil eintragen.', 'Create an account; add place and website to the profile.'),
  (gen_random_uuid(), 'yelp', 'Yelp', 'REVIEWS', 'https://biz.yelp.de', 4, 130, true, true, true, true, true, true, 'Eintrag unter biz.yelp.de beanspruchen (früher Qype); Bestätigung per Anruf.', 'Claim the listing at biz.yelp.com (formerly Qype in Germany); verification by phone.'),
  (gen_random_uuid(), 'tripadvisor', 'Tripadvisor', 'REVIEWS', 'https://www.tripadvisor.de/Owners', 3, 140, true, true, true, true, true, true, 'Als Inhaber:in registrieren und den Eintrag beanspruchen; sinnvoll für Gastronomie und Tourismus.', 'Register as owner and claim the listing; useful for food service and tourism.'),
  (gen_random_uuid(), 'foursquare', 'Foursquare', 'REVIEWS', 'https://foursquare.com/manage', 2, 150, true, true, true, true, true, true, 'Ort in Foursquare for Business beanspruchen; die Daten speisen viele Apps.', 'Claim the place in Foursquare for Business; its data feeds many apps.'),
  (gen_random_uuid(), 'das-oertliche', 'Das Örtliche', 'DIRECTORY', 'https://www.dasoertliche.de', 4, 160, true, true, true, true, true, true, 'Grundeintrag kostenlos über den Verlag vor Ort oder online ändern lassen.', 'The basic entry is free; have it changed online or via the local publisher.'),
  (gen_random_uuid(), 'gelbe-seiten', 'Gelbe Seiten', 'DIRECTORY', 'https://www.gelbeseiten.de', 4, 170, true, true, true, true, true, true, 'Kostenlosen Eintrag prüfen und über „Eintrag ändern“ korrigieren.', 'Check the free entry and correct it via "Eintrag ändern".'),
  (gen_random_uuid(), '11880', '11880.com', 'DIRECTORY', 'https://www.11880.com', 3, 180, true, true, true, true, true, true, 'Eintrag suchen und kostenlos bearbeiten; Bestätigung per Telefon oder E-Mail.', 'Find the entry and edit it for free; verification by phone or email.'),
  (gen_random_uuid(), 'golocal', 'GoLocal', 'DIRECTORY', 'https://www.golocal.de', 2, 190, true, true, true, true, true, true, 'Eintrag über das GoLocal-Firmenportal beanspruchen.', 'Claim the entry in the GoLocal business portal.'),
  (gen_random_uuid(), 'cylex', 'Cylex', 'DIRECTORY', 'https://web2.cylex.de', 2, 200, true, true, true, true, true, true, 'Firmeneintrag kostenlos anlegen oder aktualisieren.', 'Add or update the business entry for free.'),
  (gen_random_uuid(), 'meinestadt', 'meinestadt.de', 'DIRECTORY', 'https://www.meinestadt.de', 2, 210, true, true, true, true, false, false, 'Eintrag im Branchenbuch von meinestadt.de prüfen und ändern lassen.', 'Check the entry in the meinestadt.de directory and have it changed.')
ON CONFLICT ("key") DO UPDATE SET "name" = EXCLUDED."name", "kind" = EXCLUDED."kind", "home_url" = EXCLUDED."home_url", "weight" = EXCLUDED."weight", "sort_order" = EXCLUDED."sort_order", "shows_name" = EXCLUDED."shows_name", "shows_address" = EXCLUDED."shows_address", "shows_phone" = EXCLUDED."shows_phone", "shows_website" = EXCLUDED."shows_website", "shows_hours" = EXCLUDED."shows_hours", "has_ratings" = EXCLUDED."has_ratings", "claim_hint_de" = EXCLUDED."claim_hint_de", "claim_hint_en" = EXCLUDED."claim_hint_en";
