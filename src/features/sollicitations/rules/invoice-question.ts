// "Poser une question" from a supplier's invoice: the sollicitation it opens, pre-filled. Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { INVOICE_QUESTION_CATEGORY } from "./categories.ts";

/** The invoice statuses whose page offers "Poser une question": the recipient stopped it and said why. */
export const QUESTION_INVOICE_STATUSES: readonly InvoiceStatus[] = ["REJETEE", "SUSPENDUE"];

const SUB_CATEGORY: Partial<Record<InvoiceStatus, string>> = { REJETEE: "Facture rejetée", SUSPENDUE: "Facture suspendue", A_RECYCLER: "Facture à recycler" };

/** Catégorie, sous-catégorie and objet of a question about the invoice: « Facture n° F-1 : Rejetée ». */
export function invoiceQuestionDefaults(invoice: { number: string; status: InvoiceStatus; statusLabel: string }) {
  return {
    category: INVOICE_QUESTION_CATEGORY,
    subCategory: SUB_CATEGORY[invoice.status] ?? "Autre question sur une facture",
    subject: `Facture n° ${invoice.number} : ${invoice.statusLabel}`.slice(0, 200),
  };
}
