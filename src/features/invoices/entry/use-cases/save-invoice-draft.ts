import { db } from "@/server/db.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/index.ts";
import { requireInvoiceEntry } from "@/features/invoices/common/index.ts";
import { checkParties, parseInvoice, writeDraft, type SavedDraft } from "../data/draft-writes.ts";
import { checkLinkedInvoices } from "../data/linked-invoices.ts";

/** "Enregistrer": saves the form as a draft (BROUILLON), to be completed and sent later. */
export async function saveInvoiceDraft({ userId, input }: { userId: string; input: InvoiceFormInput }): Promise<SavedDraft> {
  const invoice = parseInvoice(input);
  return db.$transaction(async (tx) => {
    await requireInvoiceEntry(tx, userId, invoice.supplierStructureId);
    const recipient = await checkParties(tx, invoice);
    const linked = await checkLinkedInvoices(tx, invoice, recipient?.id ?? null);
    return writeDraft(tx, userId, invoice, recipient, undefined, undefined, linked);
  });
}
