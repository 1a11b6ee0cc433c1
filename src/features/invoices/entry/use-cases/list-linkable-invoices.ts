import { db } from "@/server/db.ts";
import { findRecipient, requireInvoiceEntry } from "@/features/invoices/common/index.ts";
import { otherSentDeductions } from "../data/linked-invoices.ts";

/** How many of the newest sent invoices the lists offer (the number can always be typed for an older original). */
const LIST_LIMIT = 200;

export type LinkableInvoice = { id: string; number: string; type: "FACTURE" | "AVOIR" | "ACOMPTE"; issueDate: string; totalGross: string; currency: string };

/**
 * What the entry form offers to link, among the supplier structure's own SENT invoices to the chosen recipient: the
 * originals an avoir may correct (its invoices and down payments), and the down payments a final invoice may deduct
 * (not rejected nor refused, deducted by no other sent final invoice). `invoiceId`: the draft being edited, whose own
 * links do not count as "already deducted". Authorised like the entry itself (Factures émises in modification, mandate).
 */
export async function listLinkableInvoices({ userId, supplierStructureId, recipient, invoiceId }: { userId: string; supplierStructureId: string; recipient: string; invoiceId?: string }) {
  await requireInvoiceEntry(db, userId, supplierStructureId);
  const found = await findRecipient(db, recipient);
  if (!found) return { originals: [], downPayments: [] };
  const rows = await db.invoice.findMany({
    where: { supplierStructureId, recipientStructureId: found.id, sentNumber: { not: null }, type: { in: ["FACTURE", "ACOMPTE"] } },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: { id: true, sentNumber: true, type: true, status: true, invoiceDate: true, totalGross: true, currency: true, deductedBy: otherSentDeductions(invoiceId) },
  });
  const linkable = rows.map((row) => ({
    invoice: { id: row.id, number: row.sentNumber!, type: row.type, issueDate: row.invoiceDate?.toISOString().slice(0, 10) ?? "", totalGross: row.totalGross.toFixed(2), currency: row.currency } satisfies LinkableInvoice,
    deductible: row.type === "ACOMPTE" && row.status !== "REJETEE" && row.status !== "REFUSEE_1" && row.deductedBy.length === 0,
  }));
  return { originals: linkable.map((row) => row.invoice), downPayments: linkable.filter((row) => row.deductible).map((row) => row.invoice) };
}
