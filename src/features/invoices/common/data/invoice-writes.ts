// The writes every side shares on a supplier's invoice, inside the caller's transaction: its temporary number, and its
// row locked for a change by its own supplier.
import type { Tx } from "@/server/db.ts";
import { requireOwnInvoice } from "./supplier-access.ts";

/** "TMP<year><14-digit sequence>", from the year's counter, incremented atomically in the caller's transaction. */
export async function nextTemporaryNumber(tx: Tx, now: Date): Promise<string> {
  const name = `TMP${now.getFullYear()}`;
  const [{ value }] = await tx.$queryRaw<{ value: bigint }[]>`
    INSERT INTO counters (name, value) VALUES (${name}, 1)
    ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
    RETURNING value`;
  return `${name}${value.toString().padStart(14, "0")}`;
}

/**
 * The user's invoice to change, its row locked until the end of the transaction (NOT_FOUND for anyone else's;
 * FORBIDDEN when the user only has consultation of "Factures émises").
 */
export async function lockInvoice(tx: Tx, userId: string, invoiceId: string): Promise<LockedInvoiceRow> {
  await requireOwnInvoice(tx, userId, invoiceId, "MODIFICATION");
  return (await lockedInvoiceRow(tx, invoiceId))!;
}

export type LockedInvoiceRow = { id: string; supplierStructureId: string; status: string; temporaryNumber: string; depositMode: string };

/**
 * The invoice's row locked until the end of the transaction, without any check of who asks (undefined when it is
 * gone): for a caller that checked the user's right on the invoice's supplier already, in this transaction.
 */
export async function lockedInvoiceRow(tx: Tx, invoiceId: string): Promise<LockedInvoiceRow | undefined> {
  const [row] = await tx.$queryRaw<LockedInvoiceRow[]>`
    SELECT id, supplier_structure_id AS "supplierStructureId", status::text AS status, temporary_number AS "temporaryNumber",
      deposit_mode::text AS "depositMode"
    FROM invoices WHERE id = ${invoiceId}::uuid FOR UPDATE`;
  return row;
}
