import { createHash } from "node:crypto";
import { createDepositReceiptPdf } from "@/features/invoices/common/index.ts";
import { createFacturXPdf, fatalFindings, parseXml, readCii, validateEInvoice } from "@/features/einvoice/index.ts";
import { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { isStructuredDeposit, ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/index.ts";
import { InvoiceRulesError, throwIfAny } from "@/features/invoices/common/index.ts";
import { activeBankAccounts, payeeAmong, UNKNOWN_ACCOUNT_MESSAGE, type PayeeAccount } from "@/features/invoices/common/index.ts";
import { INVOICE_TYPE_LABELS, recipientErrors, sendingErrors, type InvoiceFormInput, type InvoiceFormValues } from "@/features/invoices/common/index.ts";
import { recordCreation } from "@/features/invoices/lifecycle/index.ts";
import type { Recipient } from "@/features/invoices/common/index.ts";
import { invoiceEntryOf, invoiceEntrySelect, ownInvoice, ownInvoiceSelect, requireDraft, requireInvoiceEntry } from "@/features/invoices/common/index.ts";
import { toEInvoice, type AttachmentSource } from "@/features/invoices/common/index.ts";
import { deadlineOfInvoiceSentAt } from "@/features/invoices/validation/index.ts";
import { needsHolderValidation, transferWithoutAccount } from "@/features/invoices/common/index.ts";
import { nextTemporaryNumber } from "@/features/invoices/common/index.ts";
import { checkParties, parseInvoice, writeDraft } from "../data/draft-writes.ts";
import { checkLinkedInvoices, lockDownPayments, type LinkedInvoices } from "../data/linked-invoices.ts";
import { lockDraftForSending } from "../data/sending-lock.ts";
import { deductionExcessError, invoiceTotals } from "@/features/invoices/common/index.ts";
import { postalAddressSelect } from "@/lib/postal-address.ts";
import { isUuid } from "@/lib/uuid.ts";
import { DEPOSIT_ACCOUNT_INACTIVE_MESSAGE, DUPLICATE_NUMBER_MESSAGE } from "../rules/sending-refusals.ts";

const ACCOUNT_CHANGED_MESSAGE = "Les coordonnées bancaires de la facture ont changé pendant l'envoi : vérifiez-les et renvoyez-la.";
const CHANGED_MESSAGE = "Les pièces jointes de la facture ont changé pendant l'envoi : renvoyez-la.";

/** withoutBankDetails: a transfer sent without an account, so the confirmation tells how to speed up the payment. */
/** `recycledMotif`: the invoice went straight back À recycler (an engagement its recipient refuses), and why. */
export type SentInvoice = { invoiceId: string; number: string; withoutBankDetails: boolean; recycledMotif: string | null };

/** Prisma's defaults are 2 s and 5 s; see sendInvoice. */
const SEND_TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 20_000 };

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const supplierSelect = {
  raisonSociale: true,
  identifierType: true,
  identifier: true,
  ...postalAddressSelect,
} as const;

type Attachment = AttachmentSource & { id: string; sha256: string };

const attachmentSelect = { id: true, type: true, designation: true, fileName: true, mimeType: true, content: true, sha256: true } as const;

/** Every rule of "Valider et envoyer", all refusals at once, each on its field. */
function checkSending(invoice: InvoiceFormValues, recipient: Recipient | null) {
  const errors = sendingErrors(invoice);
  if (recipient) Object.assign(errors, recipientErrors(invoice, recipient));
  throwIfAny(errors);
}

/** The legal documents, produced from the validated content before the transaction (pure, and the slow part). */
async function produceDocuments(input: {
  number: string;
  invoice: InvoiceFormValues;
  supplier: Supplier;
  account: PayeeAccount | null;
  recipient: Recipient;
  attachments: Attachment[];
  sentAt: Date;
  linked: LinkedInvoices;
}) {
  const recipientService = input.recipient.services.find((service) => service.id === input.invoice.recipientServiceId) ?? null;
  const supplier = { ...input.supplier, iban: input.account?.iban, bic: input.account?.bic, payeeName: input.account?.affactureur ? input.account.titulaire : null };
  const einvoice = toEInvoice({ number: input.number, invoice: input.invoice, supplier, recipient: input.recipient, recipientService,
    attachments: input.attachments,
    originalInvoice: input.linked.originalInvoice,
    deductedDownPayments: input.linked.downPayments,
  });
  const { pdf, xml } = await createFacturXPdf(einvoice);
  refuseNonConforming(xml);
  const pdfFileName = `${input.number}.pdf`;
  const pdfSha256 = sha256(pdf);
  const receipt = await depositReceipt(input, einvoice.totals.amountDue, einvoice.currency, { fileName: pdfFileName, sha256: pdfSha256 });
  const xmlBytes = new TextEncoder().encode(xml);
  return [
    { kind: "FACTURX_PDF" as const, fileName: pdfFileName, mimeType: "application/pdf", sha256: pdfSha256, content: pdf },
    { kind: "CII_XML" as const, fileName: `${input.number}.xml`, mimeType: "application/xml", sha256: sha256(xmlBytes), content: xmlBytes },
    receipt,
  ];
}

/** The portal's own invoices pass the EN 16931 rules it applies to deposited ones; a failure is the portal's bug. */
function refuseNonConforming(xml: string) {
  const read = readCii(parseXml(xml));
  const fatal = fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax));
  if (fatal.length > 0) {
    throw new AppError("CONFLICT", `La facture produite n'est pas conforme à la norme EN 16931 : ${fatal.map((finding) => `[${finding.rule}] ${finding.message}`).join(" ")}`);
  }
}

/** The deposit receipt of the legal document: the Factur-X produced, or the file deposited. */
async function depositReceipt(
  input: { number: string; invoice: InvoiceFormValues; supplier: Supplier; recipient: Recipient; sentAt: Date },
  amountDue: string,
  currency: string,
  document: { fileName: string; sha256: string },
) {
  const receipt = await createDepositReceiptPdf({
    invoiceNumber: input.number,
    typeLabel: INVOICE_TYPE_LABELS[input.invoice.type],
    supplierName: input.supplier.raisonSociale,
    supplierIdentifier: input.supplier.identifier,
    recipientName: input.recipient.raisonSociale,
    recipientIdentifier: input.recipient.identifier,
    depositedAt: input.sentAt,
    amountDue,
    currency,
    documentFileName: document.fileName,
    sha256: document.sha256,
  });
  return { kind: "DEPOSIT_RECEIPT_PDF" as const, fileName: `${input.number}-accuse-de-depot.pdf`, mimeType: "application/pdf", sha256: sha256(receipt), content: receipt };
}

type StructuredDeposit = { number: string; amountDue: string; currency: string; original: { fileName: string; sha256: string }; bankAccountId: string | null };

/**
 * The saved invoice's attachments (what the Factur-X embeds) and, for a structured deposit, the deposit as stored:
 * its number and amounts are the file's, and the file (its ORIGINAL attachment) is its legal document. One read, that
 * also checks it as requireOwnInvoice does (the user's to change) and that it is still a draft.
 */
async function loadSavedInvoice(userId: string, invoiceId: string | undefined): Promise<{ attachments: Attachment[]; deposit: StructuredDeposit | null }> {
  if (!invoiceId) return { attachments: [], deposit: null };
  const stored = isUuid(invoiceId)
    ? await db.invoice.findUnique({
        where: { id: invoiceId },
        select: {
          ...ownInvoiceSelect(userId),
          depositMode: true,
          invoiceNumber: true,
          amountDue: true,
          currency: true,
          bankAccountId: true,
          attachments: { orderBy: { createdAt: "asc" }, select: attachmentSelect },
        },
      })
    : null;
  requireDraft(ownInvoice(stored, "MODIFICATION"));
  const { attachments } = stored!;
  const original = attachments.find((attachment) => attachment.type === ORIGINAL_ATTACHMENT_TYPE);
  const deposit =
    isStructuredDeposit(stored!.depositMode) && stored!.invoiceNumber && original
      ? { number: stored!.invoiceNumber, amountDue: stored!.amountDue.toFixed(2), currency: stored!.currency, original: { fileName: original.fileName, sha256: original.sha256 }, bankAccountId: stored!.bankAccountId }
      : null;
  return { attachments, deposit };
}

/**
 * The account the invoice pays to, among the supplier's active accounts: the one chosen on the form (as checkParties
 * ensured) or by default the structure's (invoicePayee); for a structured deposit, the file's own, which must still
 * be active when it is sent.
 */
function payeeOf(activeAccounts: PayeeAccount[], invoice: InvoiceFormValues, deposit: StructuredDeposit | null): PayeeAccount | null {
  if (!deposit) {
    const account = payeeAmong(activeAccounts, invoice.bankAccountId);
    if (invoice.bankAccountId && !account) throw new InvoiceRulesError({ bankAccountId: UNKNOWN_ACCOUNT_MESSAGE });
    return account;
  }
  if (!deposit.bankAccountId) return null;
  const account = payeeAmong(activeAccounts, deposit.bankAccountId);
  if (!account) throw new InvoiceRulesError({ file: DEPOSIT_ACCOUNT_INACTIVE_MESSAGE });
  return account;
}

const sameAccount = (a: PayeeAccount | null, b: PayeeAccount | null) => a?.id === b?.id && a?.iban === b?.iban && a?.bic === b?.bic && a?.affactureur === b?.affactureur && a?.titulaire === b?.titulaire;

/**
 * The supplier as the documents name it, its active accounts (oldest first, as activeBankAccounts) and how many of its
 * sent invoices already bear `number` (the number typed on the form); checked first for the user's entry on it, as
 * requireInvoiceEntry does: one read.
 */
async function loadSupplier(userId: string, structureId: string, number: string | undefined) {
  const entry = invoiceEntrySelect(userId);
  const structure = isUuid(structureId)
    ? await db.structure.findUnique({
        where: { id: structureId },
        select: {
          ...entry,
          ...supplierSelect,
          bankAccounts: { where: { actif: true }, orderBy: { createdAt: "asc" }, select: { id: true, iban: true, bic: true, titulaire: true, affactureur: true } },
          _count: { select: { ...entry._count.select, invoicesSent: { where: { sentNumber: number || "" } } } },
        },
      })
    : null;
  invoiceEntryOf(structure);
  const { bankAccounts, _count, raisonSociale, identifierType, identifier, adresse, complementAdresse1, complementAdresse2, codePostal, ville, pays } = structure!;
  const supplier = { raisonSociale, identifierType, identifier, adresse, complementAdresse1, complementAdresse2, codePostal, ville, pays };
  return { supplier, activeAccounts: bankAccounts, sentWithNumber: { number, count: _count.invoicesSent } };
}

type Supplier = Awaited<ReturnType<typeof loadSupplier>>["supplier"];

const numberTaken = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("sent_number");

/**
 * "Valider et envoyer": re-validates everything, produces the Factur-X PDF, its XML and the deposit receipt, then in
 * ONE transaction saves the content (a never-saved form is saved and sent in one go), gives the final number,
 * freezes the invoice as DEPOSEE, stores the documents, writes the history and the users' events. Any refusal
 * leaves everything as it was.
 */
export async function sendInvoice({ userId, input, now = new Date() }: { userId: string; input: InvoiceFormInput; now?: Date }): Promise<SentInvoice> {
  const invoice = parseInvoice(input);
  throwIfAny(sendingErrors(invoice));
  // Checked first outside the transaction (to refuse before producing the documents), then again inside it. The
  // reads go at once, each on a pooled connection; their refusals come in the order written (the user's rights first:
  // nothing the other reads found is told before those pass).
  const [{ supplier, activeAccounts, sentWithNumber }, { attachments, deposit }, recipient] = await inOrder([
    loadSupplier(userId, invoice.supplierStructureId, invoice.invoiceNumber),
    loadSavedInvoice(userId, invoice.invoiceId),
    checkParties(db, invoice),
  ]);
  checkSending(invoice, recipient);
  // The invoice an avoir corrects, the down payments a final invoice deducts: the supplier's own, checked again below under lock.
  const linked = await checkLinkedInvoices(db, invoice, recipient?.id ?? null);
  const excess = deductionExcessError(invoiceTotals(invoice, linked.downPayments));
  if (excess) throw new InvoiceRulesError({ downPaymentInvoiceIds: excess });
  const number = deposit?.number ?? invoice.invoiceNumber!;
  // Counted with the supplier for the number typed; a structured deposit's own number is counted here.
  const taken = sentWithNumber.number === number ? sentWithNumber.count : await db.invoice.count({ where: { supplierStructureId: invoice.supplierStructureId, sentNumber: number } });
  if (taken > 0) throw new InvoiceRulesError({ invoiceNumber: DUPLICATE_NUMBER_MESSAGE });
  const account = payeeOf(activeAccounts, invoice, deposit);
  // « Virement » without an account (a new structure): sent all the same, the buyer pays on the account it knows; the
  // Factur-X then says so without promising an account (paymentMeansOf, decision 0011).
  const documents = deposit
    ? [await depositReceipt({ number, invoice, supplier, recipient: recipient!, sentAt: now }, deposit.amountDue, deposit.currency, deposit.original)]
    : await produceDocuments({ number, invoice, supplier, account, recipient: recipient!, attachments, sentAt: now, linked });

  // A new invoice's temporary number, taken by itself before the transaction: the year's counter row stays locked
  // until the end of the transaction that increments it, so taken inside, it queued every send of every supplier
  // behind each other (10 API clients at once: transactions over 5 s, refused). A send refused later leaves a gap in
  // the temporary numbers, which only name drafts.
  const temporaryNumber = invoice.invoiceId ? undefined : await nextTemporaryNumber(db, now);

  try {
    // The transaction's queries wait their turn on the event loop behind the documents other sends are producing:
    // its limits leave room for that, not for more work in it (maxWait: a pooled connection to start it).
    // Inside, only what may have changed since the checks above is read again: the user's right and mandate, the
    // draft (locked: the right on its supplier was just checked, so no second access check), the recipient and its
    // services, the linked invoices, the attachments and the account the documents name. The number is left to the
    // unique index (numberTaken below): a number taken meanwhile fails the final write, with the same refusal.
    return await db.$transaction(async (tx) => {
      await requireInvoiceEntry(tx, userId, invoice.supplierStructureId);
      // A saved draft: locked with its attachments' fingerprints and the supplier's active accounts, in one statement.
      const locked = invoice.invoiceId ? await lockDraftForSending(tx, invoice.invoiceId, invoice.supplierStructureId) : undefined;
      if (invoice.invoiceId && !locked) throw notFound("Facture introuvable.");
      checkSending(invoice, await checkParties(tx, invoice));
      // Locked, so that a down payment deducted by another final invoice sent meanwhile is refused here.
      await lockDownPayments(tx, invoice);
      const lockedLinks = await checkLinkedInvoices(tx, invoice, recipient?.id ?? null);
      if ((locked?.attachmentHashes ?? []).join() !== attachments.map((a) => a.sha256).join()) throw new AppError("CONFLICT", CHANGED_MESSAGE);
      // The documents name the account as it was read above: a gestionnaire's change meanwhile refuses this send.
      const activeAccountsNow = locked?.activeAccounts ?? (await activeBankAccounts(tx, invoice.supplierStructureId));
      if (!sameAccount(account, payeeOf(activeAccountsNow, invoice, deposit))) throw new AppError("CONFLICT", ACCOUNT_CHANGED_MESSAGE);

      // The draft's own account is the payee read above (a structured deposit's completion writes no account).
      const { invoiceId } = await writeDraft(tx, userId, invoice, recipient, now, temporaryNumber, lockedLinks, { locked, account: deposit ? undefined : account });
      await tx.invoiceDocument.createMany({ data: documents.map((document) => ({ ...document, content: document.content as Uint8Array<ArrayBuffer>, invoiceId })) });
      // A9 / A12: the holder of the contract validates it first, by a deadline; the others go to their recipient.
      const toHolder = needsHolderValidation(invoice.cadre);
      const { recycled } = await recordCreation(tx, {
        invoiceIds: [invoiceId],
        creation: toHolder ? "SOUMETTRE_AU_VALIDEUR" : "DEPOSER",
        actorUserId: userId,
        actorStructureId: invoice.supplierStructureId,
        now,
        data: { sentNumber: number, sentAt: now, validationDeadline: toHolder ? deadlineOfInvoiceSentAt(now) : null },
        announce: true,
      });
      // Quoting an engagement its recipient refuses: accepted, and straight back À recycler with this motif.
      const recycledMotif = recycled.get(invoiceId) ?? null;
      return { invoiceId, number, withoutBankDetails: transferWithoutAccount(invoice.paymentMode, account !== null), recycledMotif };
    }, SEND_TRANSACTION_LIMITS);
  } catch (error) {
    // Two sends of the same number at once: the unique index decides, the loser gets the same refusal.
    if (numberTaken(error)) throw new InvoiceRulesError({ invoiceNumber: DUPLICATE_NUMBER_MESSAGE });
    throw error;
  }
}

/** Awaits reads started together; the first refusal in the order given, as if they had run one after the other. */
async function inOrder<T extends readonly unknown[]>(reads: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(reads);
  for (const result of settled) if (result.status === "rejected") throw result.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}
