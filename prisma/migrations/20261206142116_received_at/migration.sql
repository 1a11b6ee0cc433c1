-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "received_at" TIMESTAMP(3);

-- The invoices already in their recipient's hands: the date of their latest making available. An invoice À recycler
-- counts only when its recipient sent it back (the routing also sends back invoices it never made available).
UPDATE "invoices" i SET "received_at" = h.made_available
FROM (SELECT "invoice_id", max("created_at") AS made_available FROM "invoice_history" WHERE "status" = 'MISE_A_DISPOSITION' GROUP BY "invoice_id") h
WHERE h."invoice_id" = i."id"
  AND i."status" NOT IN ('BROUILLON', 'A_VALIDER_1', 'VALIDEE_1', 'REFUSEE_1', 'DEPOSEE', 'EN_COURS_ACHEMINEMENT')
  AND (i."status" <> 'A_RECYCLER' OR EXISTS (
    SELECT 1 FROM "invoice_history" r
    WHERE r."invoice_id" = i."id" AND r."status" = 'A_RECYCLER' AND r."actor_structure_id" = i."recipient_structure_id"
  ));
