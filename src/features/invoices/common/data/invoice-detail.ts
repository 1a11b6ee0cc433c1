// The invoice page's data (header, parties, lines, amounts, files, history), read for a caller that has already
// checked the user's access: the supplier, the recipient, the holder of an A9/A12 contract.
import { db } from "@/server/db.ts";
import { invoiceTotals } from "../rules/amounts.ts";
import { STATE_SIRET, type InvoiceFormInput } from "../schemas.ts";
import { postalAddressSelect } from "@/lib/postal-address.ts";

const partySelect = {
  id: true,
  identifierType: true,
  identifier: true,
  raisonSociale: true,
  ...postalAddressSelect,
} as const;
const serviceSelect = { id: true, code: true, libelle: true } as const;

/** The invoice page's data; the caller has checked the user's access. */
export async function readInvoiceDetail(invoiceId: string) {
  const invoice = await db.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    include: {
      supplierStructure: { select: partySelect },
      supplierService: { select: serviceSelect },
      recipientStructure: { select: partySelect },
      recipientService: { select: serviceSelect },
      lines: { orderBy: { position: "asc" } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, designation: true, fileName: true, extension: true, mimeType: true, size: true, createdAt: true } },
      documents: { orderBy: { kind: "asc" }, select: { id: true, kind: true, fileName: true, mimeType: true, sha256: true, createdAt: true } },
      history: { orderBy: { createdAt: "asc" }, select: { id: true, status: true, actorId: true, motif: true, comment: true, createdAt: true } },
      originalInvoice: { select: { id: true, sentNumber: true, invoiceDate: true } },
      downPaymentDeductions: {
        orderBy: [{ downPaymentInvoice: { invoiceDate: "asc" } }, { downPaymentInvoice: { sentNumber: "asc" } }],
        select: { downPaymentInvoice: { select: { id: true, sentNumber: true, invoiceDate: true, totalGross: true } } },
      },
      bankAccount: { select: { titulaire: true, affactureur: true } },
    },
  });
  const actorIds = [...new Set([...invoice.history.flatMap((row) => (row.actorId ? [row.actorId] : [])), ...(invoice.rejectionHandledById ? [invoice.rejectionHandledById] : [])])];
  // The platform's own changes have no actor: no query when none has one.
  const actors = actorIds.length > 0 ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, prenom: true, nom: true } }) : [];
  const actorName = new Map(actors.map((actor) => [actor.id, `${actor.prenom} ${actor.nom}`]));

  const lines = invoice.lines.map((line) => ({
    position: line.position,
    reference: line.reference ?? "",
    denomination: line.denomination,
    quantity: line.quantity.toString(),
    unit: line.unit,
    unitPriceNet: line.unitPriceNet.toString(),
    discountNet: line.discountNet.isZero() ? "" : line.discountNet.toFixed(2),
    vatRate: line.vatRate.toString(),
  }));
  const day = (date: Date | null) => date?.toISOString().slice(0, 10);
  /** A final invoice's deducted down payments (BT-113, BG-3): sent invoices, so their number and TTC are final. */
  const deductedDownPayments = invoice.downPaymentDeductions.map(({ downPaymentInvoice: downPayment }) => ({
    id: downPayment.id,
    number: downPayment.sentNumber ?? "",
    issueDate: day(downPayment.invoiceDate),
    totalGross: downPayment.totalGross.toFixed(2),
  }));
  const form: InvoiceFormInput = {
    invoiceId: invoice.id,
    supplierStructureId: invoice.supplierStructureId,
    supplierServiceId: invoice.supplierServiceId ?? "",
    recipientIsState: invoice.recipientStructure?.identifier === STATE_SIRET,
    recipientStructureId: invoice.recipientStructureId ?? "",
    recipientServiceId: invoice.recipientServiceId ?? "",
    // A works document (invoices/works) is never a draft of Saisir facture: its cadre is shown, never edited here.
    cadre: invoice.cadre as InvoiceFormInput["cadre"],
    validatorStructureId: invoice.validatorStructureId ?? "",
    currency: invoice.currency as InvoiceFormInput["currency"],
    type: invoice.type,
    vatRegime: invoice.vatRegime,
    exemptionReason: invoice.exemptionReason ?? "",
    marketNumber: invoice.marketNumber ?? "",
    engagementNumber: invoice.engagementNumber ?? "",
    originalInvoiceNumber: invoice.originalInvoiceNumber ?? "",
    originalInvoiceId: invoice.originalInvoiceId ?? "",
    downPaymentInvoiceIds: deductedDownPayments.map((downPayment) => downPayment.id),
    paymentMode: invoice.paymentMode,
    bankAccountId: invoice.bankAccountId ?? "",
    invoiceNumber: invoice.invoiceNumber ?? "",
    invoiceDate: invoice.invoiceDate?.toISOString().slice(0, 10) ?? "",
    factor: invoice.factor ?? "",
    comment: invoice.comment ?? "",
    lines: lines.map(({ position: _position, ...line }) => line as NonNullable<InvoiceFormInput["lines"]>[number]),
  };

  return {
    id: invoice.id,
    status: invoice.status,
    statusChangedAt: invoice.statusChangedAt,
    depositMode: invoice.depositMode,
    /** A deposited PDF's fields read from its text, "À vérifier" until the user saves or sends the invoice. */
    fieldsToCheck: invoice.fieldsToCheck,
    /** The amounts as stored: for a deposit not yet saved, those the file gave. */
    storedTotals: {
      totalNet: invoice.totalNet.toFixed(2),
      totalVat: invoice.totalVat.toFixed(2),
      totalGross: invoice.totalGross.toFixed(2),
      amountDue: invoice.amountDue.toFixed(2),
    },
    /** The number shown: the final one once sent, the temporary one for a draft. */
    number: invoice.sentNumber ?? invoice.temporaryNumber,
    temporaryNumber: invoice.temporaryNumber,
    sentNumber: invoice.sentNumber,
    sentAt: invoice.sentAt,
    createdAt: invoice.createdAt,
    isDraft: invoice.status === "BROUILLON",
    supplier: invoice.supplierStructure,
    supplierService: invoice.supplierService,
    recipient: invoice.recipientStructure,
    recipientService: invoice.recipientService,
    iban: invoice.iban,
    bic: invoice.bic,
    /** « Factor »: the one typed, or the holder of the factor's account the invoice pays to (the Factur-X's payee). */
    factorName: invoice.factor ?? (invoice.bankAccount?.affactureur ? invoice.bankAccount.titulaire : null),
    form,
    lines: lines.map((line, index) => ({ ...line, lineNet: invoice.lines[index].lineNet.toFixed(2) })),
    totals: invoiceTotals({ cadre: invoice.cadre, lines }, invoice.type === "FACTURE" ? deductedDownPayments : []),
    /** An avoir: the supplier's invoice it corrects, when picked (BG-3). */
    originalInvoice: invoice.originalInvoice ? { id: invoice.originalInvoice.id, number: invoice.originalInvoice.sentNumber ?? "", issueDate: day(invoice.originalInvoice.invoiceDate) } : null,
    deductedDownPayments,
    attachments: invoice.attachments,
    documents: invoice.documents,
    history: invoice.history.map((row) => ({ ...row, actorName: row.actorId ? (actorName.get(row.actorId) ?? "") : "" })),
    /** « Traiter le rejet »: when and by whom the supplier acknowledged the rejection; null while still to handle. */
    rejectionHandled: invoice.rejectionHandledAt ? { at: invoice.rejectionHandledAt, by: invoice.rejectionHandledById ? (actorName.get(invoice.rejectionHandledById) ?? "") : "" } : null,
  };
}

export type InvoiceDetail = Awaited<ReturnType<typeof readInvoiceDetail>>;
