// The draft's checks and writes that "Enregistrer" and "Valider et envoyer" share, inside their transaction.
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { invoiceTotals } from "@/features/invoices/common/index.ts";
import { invoicePayee, payableAccount, UNKNOWN_ACCOUNT_MESSAGE, type PayeeAccount } from "@/features/invoices/common/index.ts";
import { InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { lockInvoice, nextTemporaryNumber, type LockedInvoiceRow } from "@/features/invoices/common/index.ts";
import { invoiceFormSchema, type InvoiceFormInput, type InvoiceFormValues } from "@/features/invoices/common/index.ts";
import { findRecipient, recipientKey, type Recipient } from "@/features/invoices/common/index.ts";
import { isStructuredDeposit } from "@/features/invoices/common/index.ts";
import { requireDraft } from "@/features/invoices/common/index.ts";
import { contractHolderError } from "@/features/invoices/validation/index.ts";
import { needsHolderValidation } from "@/features/invoices/common/index.ts";
import { deductionExcessError } from "@/features/invoices/common/index.ts";
import { NO_LINKED_INVOICES, writeDownPaymentLinks, type LinkedInvoices } from "./linked-invoices.ts";

export type SavedDraft = { invoiceId: string; temporaryNumber: string };

/** The form's values, or every field error at once. */
export function parseInvoice(input: InvoiceFormInput | unknown): InvoiceFormValues {
  const parsed = invoiceFormSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  return parsed.data;
}

/**
 * The supplier's service and the recipient (with its service) must exist and belong together; a draft may have
 * no recipient yet. Returns the recipient, for the sending rules.
 */
export async function checkParties(client: Tx | typeof db, invoice: InvoiceFormValues): Promise<Recipient | null> {
  const errors: Record<string, string> = {};
  if (invoice.supplierServiceId) {
    const service = await client.service.count({ where: { id: invoice.supplierServiceId, structureId: invoice.supplierStructureId, actif: true } });
    if (service === 0) errors.supplierServiceId = "Ce service n'appartient pas à votre structure ou n'est plus actif.";
  }
  const key = recipientKey(invoice);
  const recipient = key ? await findRecipient(client, key) : null;
  if (key && !recipient) errors[invoice.recipientIsState ? "recipientIsState" : "recipientStructureId"] = "Ce destinataire n'est pas une structure publique active de l'annuaire.";
  if (invoice.recipientServiceId && recipient && !recipient.services.some((service) => service.id === invoice.recipientServiceId)) {
    errors.recipientServiceId = "Ce service n'appartient pas au destinataire ou n'est plus actif.";
  }
  if (invoice.recipientServiceId && !key) errors.recipientServiceId = "Choisissez d'abord le destinataire.";
  // The payee account: an active account of the supplier structure (another structure's is not one of them).
  if (invoice.bankAccountId && !(await payableAccount(client, invoice.supplierStructureId, invoice.bankAccountId))) errors.bankAccountId = UNKNOWN_ACCOUNT_MESSAGE;
  const holderError = await contractHolderError(client, invoice);
  if (holderError) errors.validatorStructureId = holderError;
  if (Object.keys(errors).length > 0) throw new InvoiceRulesError(errors);
  return recipient;
}

/**
 * Writes the draft's content in the caller's transaction: a new BROUILLON with its temporary number, or the
 * existing one (locked, still a draft, of the same supplier) with its lines replaced. Amounts from the one
 * totals function; the payee account's IBAN and BIC copied as they are now (checked by checkParties).
 * `temporaryNumber`: a new invoice's number when the caller took it already (sendInvoice, outside its transaction).
 * `linked`: the invoice an avoir corrects and the down payments a final invoice deducts, checked by checkLinkedInvoices.
 * `known`: what the caller read in this transaction already (sendInvoice): the draft's row, locked after checking the
 * user's right on its supplier, and the payee account (invoicePayee's answer); each is read here when not given.
 */
export async function writeDraft(
  tx: Tx,
  userId: string,
  invoice: InvoiceFormValues,
  recipient: Recipient | null,
  now = new Date(),
  temporaryNumber?: string,
  linked: LinkedInvoices = NO_LINKED_INVOICES,
  known: { locked?: LockedInvoiceRow & { deductsDownPayments?: boolean }; account?: PayeeAccount | null } = {},
): Promise<SavedDraft> {
  const account = known.account !== undefined ? known.account : await invoicePayee(tx, invoice.supplierStructureId, invoice.bankAccountId);
  const totals = invoiceTotals(invoice, linked.downPayments);
  const excess = deductionExcessError(totals);
  if (excess) throw new InvoiceRulesError({ downPaymentInvoiceIds: excess });
  const content = {
    supplierStructureId: invoice.supplierStructureId,
    supplierServiceId: invoice.supplierServiceId || null,
    recipientStructureId: recipient?.id ?? null,
    recipientServiceId: invoice.recipientServiceId || null,
    cadre: invoice.cadre,
    // Only an A9 / A12 invoice goes to a holder of the contract first.
    validatorStructureId: needsHolderValidation(invoice.cadre) ? invoice.validatorStructureId || null : null,
    currency: invoice.currency,
    type: invoice.type,
    vatRegime: invoice.vatRegime,
    exemptionReason: invoice.vatRegime === "EXONERE" ? invoice.exemptionReason || null : null,
    marketNumber: invoice.marketNumber || null,
    engagementNumber: invoice.engagementNumber || null,
    // An avoir's original picked in the list gives its own number; one typed stays as typed.
    originalInvoiceNumber: invoice.type === "AVOIR" ? linked.originalInvoice?.number || invoice.originalInvoiceNumber || null : invoice.originalInvoiceNumber || null,
    originalInvoiceId: linked.originalInvoice?.id ?? null,
    paymentMode: invoice.paymentMode,
    invoiceNumber: invoice.invoiceNumber || null,
    invoiceDate: new Date(`${invoice.invoiceDate}T00:00:00Z`),
    bankAccountId: account?.id ?? null,
    iban: account?.iban ?? null,
    bic: account?.bic ?? null,
    factor: invoice.factor || null,
    comment: invoice.comment || null,
    totalNet: totals.totalNet,
    totalVat: totals.totalVat,
    totalGross: totals.totalGross,
    globalDiscountGross: totals.globalDiscountGross,
    amountDue: totals.amountDue,
    // A deposited invoice's guessed fields have been checked once the user saves (or sends) it.
    fieldsToCheck: [],
  };
  const lines = invoice.lines.map((line, index) => ({
    position: index + 1,
    reference: line.reference || null,
    denomination: line.denomination,
    quantity: line.quantity,
    unit: line.unit,
    unitPriceNet: line.unitPriceNet,
    discountNet: line.discountNet || "0",
    vatRate: line.vatRate,
    lineNet: totals.lines[index].lineNet,
  }));

  if (!invoice.invoiceId) {
    const number = temporaryNumber ?? (await nextTemporaryNumber(tx, now));
    const created = await tx.invoice.create({ data: { ...content, temporaryNumber: number, createdById: userId, statusChangedAt: now }, select: { id: true } });
    await tx.invoiceLine.createMany({ data: lines.map((line) => ({ ...line, invoiceId: created.id })) });
    await writeDownPaymentLinks(tx, created.id, linked, false);
    return { invoiceId: created.id, temporaryNumber: number };
  }

  const existing = known.locked ?? (await lockInvoice(tx, userId, invoice.invoiceId));
  // The supplier of an invoice never changes: another structure's id would move it out of its owners' reach.
  if (existing.supplierStructureId !== invoice.supplierStructureId) {
    throw new InvoiceRulesError({ supplierStructureId: "Le fournisseur d'une facture enregistrée ne peut pas changer : dupliquez-la." });
  }
  requireDraft(existing);
  if (isStructuredDeposit(existing.depositMode)) {
    // The file is the invoice: only what completes it is taken from the form.
    await tx.invoice.update({ where: { id: existing.id }, data: pickCompletion(content) });
    return { invoiceId: existing.id, temporaryNumber: existing.temporaryNumber };
  }
  await tx.invoiceLine.deleteMany({ where: { invoiceId: existing.id } });
  await tx.invoice.update({ where: { id: existing.id }, data: content });
  await tx.invoiceLine.createMany({ data: lines.map((line) => ({ ...line, invoiceId: existing.id })) });
  await writeDownPaymentLinks(tx, existing.id, linked, known.locked?.deductsDownPayments ?? true);
  return { invoiceId: existing.id, temporaryNumber: existing.temporaryNumber };
}

type CompletionField = "supplierServiceId" | "recipientStructureId" | "recipientServiceId" | "cadre" | "validatorStructureId" | "marketNumber" | "engagementNumber" | "comment" | "factor" | "fieldsToCheck";

/** What the user completes on a structured deposit: routing, references of the buyer, cadre, comment. */
function pickCompletion<T extends Record<CompletionField, unknown>>(content: T): Pick<T, CompletionField> {
  const { supplierServiceId, recipientStructureId, recipientServiceId, cadre, validatorStructureId, marketNumber, engagementNumber, comment, factor, fieldsToCheck } = content;
  return { supplierServiceId, recipientStructureId, recipientServiceId, cadre, validatorStructureId, marketNumber, engagementNumber, comment, factor, fieldsToCheck };
}
