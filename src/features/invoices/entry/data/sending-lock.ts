// The draft "Valider et envoyer" sends, locked in its transaction, with what the transaction compares to the documents
// produced before it: its attachments' fingerprints and the supplier's active accounts; and whether it deducts down
// payments already (otherwise writeDraft has none to delete). One statement (it was four: the lock, the attachments,
// the accounts, the deletion of the deductions), each part read as its own query reads it.
import type { Tx } from "@/server/db.ts";
import type { LockedInvoiceRow, PayeeAccount } from "@/features/invoices/common/index.ts";

export type SendingLock = LockedInvoiceRow & { attachmentHashes: string[]; activeAccounts: PayeeAccount[]; deductsDownPayments: boolean };

/**
 * The invoice's row locked until the end of the transaction (undefined when it is gone), without any check of who
 * asks: the caller checked the user's right on the supplier in this transaction. The attachments' fingerprints in the
 * order the documents list them (oldest first); the supplier's active accounts oldest first (activeBankAccounts).
 */
export async function lockDraftForSending(tx: Tx, invoiceId: string, supplierStructureId: string): Promise<SendingLock | undefined> {
  const [row] = await tx.$queryRaw<SendingLock[]>`
    SELECT i.id, i.supplier_structure_id AS "supplierStructureId", i.status::text AS status, i.temporary_number AS "temporaryNumber",
      i.deposit_mode::text AS "depositMode",
      ARRAY(SELECT a.sha256 FROM invoice_attachments a WHERE a.invoice_id = i.id ORDER BY a.created_at) AS "attachmentHashes",
      COALESCE((SELECT json_agg(json_build_object('id', b.id, 'iban', b.iban, 'bic', b.bic, 'titulaire', b.titulaire, 'affactureur', b.affactureur) ORDER BY b.created_at)
                FROM bank_accounts b WHERE b.structure_id = ${supplierStructureId}::uuid AND b.actif), '[]'::json) AS "activeAccounts",
      EXISTS (SELECT 1 FROM invoice_down_payment_deductions d WHERE d.final_invoice_id = i.id) AS "deductsDownPayments"
    FROM invoices i WHERE i.id = ${invoiceId}::uuid FOR UPDATE`;
  return row;
}
