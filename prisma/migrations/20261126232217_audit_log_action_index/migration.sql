-- CreateIndex
CREATE INDEX "audit_events_organisation_id_action_created_at_idx" ON "audit_events"("organisation_id", "action", "created_at" DESC);
