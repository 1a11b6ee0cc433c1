import { INVOICE_STATUS_LABELS, requireOwnInvoice } from "@/features/invoices/common/index.ts";
import { structureIdsOpening } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { invoiceQuestionDefaults } from "../rules/invoice-question.ts";

/**
 * What "Saisir sollicitation" needs: the structures the user may write for (Sollicitations émises in modification) and,
 * from "Poser une question" on an invoice of theirs, the form pre-filled: the invoice linked, its recipient and service
 * as addressee, the category about an invoice, the objet « Facture n° … : Rejetée ».
 */
export async function getSollicitationForm({ userId, invoiceId }: { userId: string; invoiceId?: string }) {
  const structureIds = await structureIdsOpening(db, userId, "SOLLICITATIONS_EMISES", "MODIFICATION");
  const structures = await db.structure.findMany({ where: { id: { in: structureIds } }, orderBy: { raisonSociale: "asc" }, select: { id: true, raisonSociale: true, identifier: true } });
  if (!invoiceId) return { structures, prefill: null };
  await requireOwnInvoice(db, userId, invoiceId);
  const invoice = await db.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: {
      id: true,
      status: true,
      sentNumber: true,
      invoiceNumber: true,
      temporaryNumber: true,
      supplierStructureId: true,
      recipientStructure: { select: { id: true, raisonSociale: true, identifier: true, kind: true } },
      recipientServiceId: true,
    },
  });
  const number = invoice.sentNumber ?? invoice.invoiceNumber ?? invoice.temporaryNumber;
  const services = invoice.recipientStructure
    ? await db.service.findMany({ where: { structureId: invoice.recipientStructure.id, actif: true }, orderBy: { code: "asc" }, select: { id: true, code: true, libelle: true } })
    : [];
  return {
    structures,
    prefill: {
      ...invoiceQuestionDefaults({ number, status: invoice.status, statusLabel: INVOICE_STATUS_LABELS[invoice.status] }),
      authorStructureId: invoice.supplierStructureId,
      invoice: { id: invoice.id, number },
      addressee: invoice.recipientStructure?.kind === "PUBLIQUE" ? { ...invoice.recipientStructure, services, serviceId: invoice.recipientServiceId } : null,
    },
  };
}
