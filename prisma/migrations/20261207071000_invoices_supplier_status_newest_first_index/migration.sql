-- Written by hand: the schema cannot say NULLS LAST in an index (see the comment at the Invoice model).

-- Rechercher of Factures emises filtered by etat, newest deposit first: the rows of that status in the page order, so
-- that a page reads its 20 rows instead of every invoice of the supplier in that status.
CREATE INDEX "invoices_supplier_status_newest_sent_first_idx" ON "invoices" ("supplier_structure_id", "status", "sent_at" DESC NULLS LAST, "id" DESC);
