-- Written by hand: a table kept by a trigger cannot be said in schema.prisma, so the snapshot beside this file is the
-- previous one unchanged. See docs/decisions/0022-received-counts.md.
-- NB the migrations are applied through the pg adapter, which splits the script at every semicolon (even inside a
-- string or a comment): the function bodies below are escape strings where \073 stands for each semicolon.

-- The buyer s Tableau de bord and the total of Factures reçues counted every received invoice of a recipient at each
-- call (an index only scan of up to 14,000 entries on the bench of 1,000,000 invoices). This table holds, per
-- recipient structure, service and status, how many of its invoices were made available (received_at set): the tiles
-- and the totals read a few rows of it. Which statuses the list shows (RECEIVED_STATUSES) is applied when reading.
CREATE TABLE "received_invoice_counts" (
    "recipient_structure_id" UUID NOT NULL,
    "recipient_service_id" UUID,
    "status" "InvoiceStatus" NOT NULL,
    "invoices" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "received_invoice_counts_key" ON "received_invoice_counts" ("recipient_structure_id", "recipient_service_id", "status") NULLS NOT DISTINCT;

-- One count moved by delta. The upsert takes the row lock of that count until the transaction ends: two transitions
-- of the same recipient, service and status wait for each other, and the count stays exact.
CREATE FUNCTION "received_invoice_counts_add"(structure_id UUID, service_id UUID, invoice_status "InvoiceStatus", delta INTEGER) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "received_invoice_counts" AS c ("recipient_structure_id", "recipient_service_id", "status", "invoices")
  VALUES (structure_id, service_id, invoice_status, delta)
  ON CONFLICT ("recipient_structure_id", "recipient_service_id", "status") DO UPDATE SET "invoices" = c."invoices" + EXCLUDED."invoices"
$$;

-- Every insert, update and delete of an invoice moves its count in the same transaction: what the trigger does not
-- see cannot happen (the use cases, the jobs, the seeds and psql all go through it). A transition moves two counts,
-- always in the order of their keys, so that two transactions moving invoices between the same two counts (one each
-- way) wait for each other rather than lock one count each and deadlock.
CREATE FUNCTION "received_invoice_counts_track"() RETURNS trigger
LANGUAGE plpgsql AS E'
DECLARE
  counted_before BOOLEAN := TG_OP IN (''UPDATE'', ''DELETE'') AND OLD."received_at" IS NOT NULL AND OLD."recipient_structure_id" IS NOT NULL\073
  counted_after BOOLEAN := TG_OP IN (''INSERT'', ''UPDATE'') AND NEW."received_at" IS NOT NULL AND NEW."recipient_structure_id" IS NOT NULL\073
  before_key TEXT\073
  after_key TEXT\073
BEGIN
  IF counted_before AND counted_after THEN
    before_key := OLD."recipient_structure_id"::text || ''/'' || COALESCE(OLD."recipient_service_id"::text, '''') || ''/'' || OLD."status"::text\073
    after_key := NEW."recipient_structure_id"::text || ''/'' || COALESCE(NEW."recipient_service_id"::text, '''') || ''/'' || NEW."status"::text\073
    IF before_key = after_key THEN
      RETURN NULL\073
    ELSIF before_key < after_key THEN
      PERFORM "received_invoice_counts_add"(OLD."recipient_structure_id", OLD."recipient_service_id", OLD."status", -1)\073
      PERFORM "received_invoice_counts_add"(NEW."recipient_structure_id", NEW."recipient_service_id", NEW."status", 1)\073
    ELSE
      PERFORM "received_invoice_counts_add"(NEW."recipient_structure_id", NEW."recipient_service_id", NEW."status", 1)\073
      PERFORM "received_invoice_counts_add"(OLD."recipient_structure_id", OLD."recipient_service_id", OLD."status", -1)\073
    END IF\073
  ELSIF counted_before THEN
    PERFORM "received_invoice_counts_add"(OLD."recipient_structure_id", OLD."recipient_service_id", OLD."status", -1)\073
  ELSIF counted_after THEN
    PERFORM "received_invoice_counts_add"(NEW."recipient_structure_id", NEW."recipient_service_id", NEW."status", 1)\073
  END IF\073
  RETURN NULL\073
END
';

-- Only the rows and columns that matter wake it: a draft saved, a deposit (received_at still null) or an update of
-- other columns costs nothing.
CREATE TRIGGER "received_invoice_counts_on_insert" AFTER INSERT ON "invoices"
  FOR EACH ROW WHEN (NEW."received_at" IS NOT NULL) EXECUTE FUNCTION "received_invoice_counts_track"();
CREATE TRIGGER "received_invoice_counts_on_update" AFTER UPDATE OF "status", "received_at", "recipient_structure_id", "recipient_service_id" ON "invoices"
  FOR EACH ROW WHEN (OLD."received_at" IS NOT NULL OR NEW."received_at" IS NOT NULL) EXECUTE FUNCTION "received_invoice_counts_track"();
CREATE TRIGGER "received_invoice_counts_on_delete" AFTER DELETE ON "invoices"
  FOR EACH ROW WHEN (OLD."received_at" IS NOT NULL) EXECUTE FUNCTION "received_invoice_counts_track"();

-- TRUNCATE of the invoices empties the counts with them.
CREATE FUNCTION "received_invoice_counts_clear"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN TRUNCATE "received_invoice_counts"\073 RETURN NULL\073 END';
CREATE TRIGGER "received_invoice_counts_on_truncate" AFTER TRUNCATE ON "invoices" FOR EACH STATEMENT EXECUTE FUNCTION "received_invoice_counts_clear"();

-- The counts of the invoices already there. The migrations run before the portal starts (scripts/start.ts), so no
-- invoice is written between the triggers above and this count.
INSERT INTO "received_invoice_counts" ("recipient_structure_id", "recipient_service_id", "status", "invoices")
SELECT "recipient_structure_id", "recipient_service_id", "status", count(*)::int
FROM "invoices" WHERE "received_at" IS NOT NULL AND "recipient_structure_id" IS NOT NULL
GROUP BY 1, 2, 3;
