-- Written by hand: the schema cannot say NULLS LAST in an index, so these indexes are not in schema.prisma
-- and the snapshot beside this file is the previous one unchanged. See the comment at the Invoice model.

-- Rechercher of Factures emises and factures/rechercher/fournisseur sort by date de depot, newest first, drafts last:
-- sent_at DESC NULLS LAST, id DESC. The index on (supplier_structure_id, sent_at, id) read backwards puts the nulls
-- first, so PostgreSQL read and sorted all the supplier invoices for every page. In this order a page stops after its rows.
CREATE INDEX "invoices_supplier_newest_sent_first_idx" ON "invoices" ("supplier_structure_id", "sent_at" DESC NULLS LAST, "id" DESC);

-- Factures a valider sort the same way within the holder of the contract. Only invoices of an A9 or A12 contract
-- have a holder: the index keeps those alone.
CREATE INDEX "invoices_validator_newest_sent_first_idx" ON "invoices" ("validator_structure_id", "sent_at" DESC NULLS LAST, "id" DESC) WHERE "validator_structure_id" IS NOT NULL;
