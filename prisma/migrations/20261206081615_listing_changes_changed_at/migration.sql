-- CreateIndex
CREATE INDEX "listing_changes_changed_at_idx" ON "listing_changes"("changed_at");
