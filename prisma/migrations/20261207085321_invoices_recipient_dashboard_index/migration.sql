-- CreateIndex
CREATE INDEX "invoices_recipient_structure_id_status_recipient_service_id_idx" ON "invoices"("recipient_structure_id", "status", "recipient_service_id", "received_at");
