-- CreateIndex
CREATE INDEX "invoices_supplier_structure_id_total_gross_id_idx" ON "invoices"("supplier_structure_id", "total_gross", "id");
