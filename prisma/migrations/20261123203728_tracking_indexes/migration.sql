-- CreateIndex
CREATE INDEX "invoices_supplier_structure_id_status_cadre_id_idx" ON "invoices"("supplier_structure_id", "status", "cadre", "id");

-- CreateIndex
CREATE INDEX "invoices_supplier_structure_id_sent_at_id_idx" ON "invoices"("supplier_structure_id", "sent_at", "id");

-- CreateIndex
CREATE INDEX "invoices_recipient_structure_id_sent_at_id_idx" ON "invoices"("recipient_structure_id", "sent_at", "id");
