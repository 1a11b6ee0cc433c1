import { espaceRight } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { addresseeFiles, holderTitle, readInvoiceDetail, requireInvoiceToValidate } from "@/features/invoices/common/index.ts";
import { validatorActionsFor } from "../rules/validation-rules.ts";

/**
 * The page of an invoice to validate: everything the supplier sent (in the shape of the supplier's invoice page, so
 * that the same components show it), the holder and the deadline, the decisions still open, and what the PDF viewer
 * shows. NOT_FOUND for anyone but the users of the holder of the contract.
 */
export async function getInvoiceToValidate({ userId, invoiceId }: { userId: string; invoiceId: string }) {
  const reached = await requireInvoiceToValidate(db, userId, invoiceId);
  const [detail, validation, right] = await Promise.all([
    readInvoiceDetail(invoiceId),
    db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { validationDeadline: true, validatorStructure: { select: { raisonSociale: true, identifier: true } } } }),
    espaceRight(db, userId, reached.validatorStructureId, "FACTURES_A_VALIDER"),
  ]);
  return {
    ...detail,
    ...addresseeFiles(detail),
    holder: { ...validation.validatorStructure!, title: holderTitle(detail.form.cadre) },
    validationDeadline: validation.validationDeadline,
    /** "Valider" and "Refuser" while the invoice waits for the holder; nothing once decided. */
    actions: validatorActionsFor(detail.status),
    /** The user has "Factures à valider" in modification for the holder (a reader sees no decision to take). */
    mayModify: right === "MODIFICATION",
  };
}

export type InvoiceToValidateDetail = Awaited<ReturnType<typeof getInvoiceToValidate>>;
