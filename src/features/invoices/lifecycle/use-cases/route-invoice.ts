// The job of queue "invoice-routing": the platform takes a DEPOSEE (or VALIDEE_1) invoice on its way
// (EN_COURS_ACHEMINEMENT), then, in a second transaction, checks its recipient against the directory as it is now
// and its engagements, and makes it available (MISE_A_DISPOSITION) or sends it back to the supplier À recycler, the
// reasons as motif.
// Idempotent: each step only acts on an invoice in the status it expects, so a job run twice, or after a crash
// between the two steps, or for an invoice that moved on meanwhile, does nothing more.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { findRecipient } from "@/features/invoices/common/index.ts";
import { engagementQuoteReason } from "@/features/engagements/index.ts";
import { isRoutedStatus, routingVerdict } from "../rules/routing.ts";
import { applyTransition, lockInvoiceRow } from "../data/transition.ts";

/** Routes the invoice; its status afterwards (null when it does not exist). */
export async function routeInvoice({ invoiceId, clock = () => new Date() }: { invoiceId: string; clock?: () => Date }): Promise<InvoiceStatus | null> {
  const departure = await db.$transaction(async (tx) => {
    const invoice = await lockInvoiceRow(tx, invoiceId);
    if (!invoice || !isRoutedStatus(invoice.status)) return null;
    const now = clock();
    await applyTransition(tx, { invoiceId, action: "ACHEMINER", actor: "PLATEFORME", now });
    return now;
  });

  return db.$transaction(async (tx) => {
    const invoice = await lockInvoiceRow(tx, invoiceId);
    if (!invoice || invoice.status !== "EN_COURS_ACHEMINEMENT") return invoice?.status ?? null;
    const recipient = invoice.recipientStructureId ? await findRecipient(tx, invoice.recipientStructureId) : null;
    // A recipient that requires an existing engagement: the quoted one must be open and name the supplier.
    const engagementProblem = recipient ? await engagementQuoteReason(tx, invoice) : null;
    const verdict = routingVerdict(invoice, recipient, engagementProblem);
    // The history lists the two steps in order, even when the clock has not moved between them.
    const now = new Date(Math.max(clock().getTime(), (departure?.getTime() ?? 0) + 1));
    const { status } = await applyTransition(tx, { invoiceId, actor: "PLATEFORME", now, ...verdict });
    return status;
  });
}
