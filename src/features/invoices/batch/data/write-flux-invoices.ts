// The accepted invoices of a flux, written MANY at a time in the caller's transaction: the bulk form of
// writeDepositedInvoice (deposit/data/write-deposited-invoice.ts) with exactly its rules — sent (DEPOSEE, history
// and routing by the lifecycle's recordCreation), final number = the file's number, the same columns, the file as
// "Facture originale", the same "Double facturation" refusals — but one SQL statement per batch instead of a dozen
// per invoice (Prisma's createMany costs milliseconds per row; unnest() of arrays costs microseconds), the invoices'
// ids made here.
// The unique indexes still decide: an invoice they refuse (a concurrent deposit of the same file or number) is
// skipped (ON CONFLICT DO NOTHING, which keeps the transaction alive) and reported as a duplicate.
import { randomUUID } from "node:crypto";
import type { Finding } from "@/features/einvoice/index.ts";
import type { CadreFacturation } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { attachmentFileName, detectAttachmentType } from "@/lib/file-content-type.ts";
import { activeBankAccounts, depositedAccount, type PayeeAccount } from "@/features/invoices/common/index.ts";
import type { DepositedInvoice } from "@/features/invoices/deposit/index.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/index.ts";
import { duplicateFileMessage, duplicateNumberMessage } from "@/features/invoices/deposit/index.ts";
import { recordCreation, recycledOnSendingNotice } from "@/features/invoices/lifecycle/index.ts";
import { CREATIONS } from "@/features/invoices/lifecycle/index.ts";
import { PORTAL_RULES } from "../rules/batch-findings.ts";

export type FluxWriteContext = {
  fluxId: string;
  userId: string;
  supplierStructureId: string;
  supplierServiceId: string | null;
  cadre: CadreFacturation;
};

export type AcceptedFile = {
  itemId: string;
  fileName: string;
  content: Uint8Array;
  sha256: string;
  deposited: DepositedInvoice & { invoiceNumber: string };
  recipientStructureId: string;
  recipientServiceId: string | null;
};

/** `recycled`: the items whose invoice, accepted, went straight back À recycler (an engagement the recipient refuses), told as a warning. */
export type FluxWriteResult = { written: Map<string, string>; refused: Map<string, Finding>; recycled: Map<string, Finding> };

const duplicate = (message: string, location: string): Finding => ({ rule: PORTAL_RULES.duplicate, severity: "fatal", message, location });

/**
 * n temporary numbers "TMP<year><sequence>" in ONE counter update, in its own short statement: the counter row is
 * not held locked for a whole batch (drafts saved meanwhile would wait). A failed batch leaves a gap in the
 * sequence, as a temporary number is only a handle.
 */
export async function reserveTemporaryNumbers(count: number, now: Date): Promise<string[]> {
  if (count === 0) return [];
  const name = `TMP${now.getFullYear()}`;
  const [{ value }] = await db.$queryRaw<{ value: bigint }[]>`
    INSERT INTO counters (name, value) VALUES (${name}, ${count})
    ON CONFLICT (name) DO UPDATE SET value = counters.value + ${count}
    RETURNING value`;
  const first = value - BigInt(count) + 1n;
  return Array.from({ length: count }, (_, index) => `${name}${(first + BigInt(index)).toString().padStart(14, "0")}`);
}

type Existing = { originalSha256: string | null; sentNumber: string | null; temporaryNumber: string; depositFluxId: string | null };

/**
 * Invoices of the supplier that already hold one of these files or numbers. Raw SQL: the ORM's two lists of a hundred
 * values each cost its query compiler and templates more CPU than the statement costs PostgreSQL.
 */
async function existingInvoices(tx: Tx, supplierStructureId: string, files: AcceptedFile[]): Promise<Existing[]> {
  return tx.$queryRaw<Existing[]>`
    SELECT original_sha256 AS "originalSha256", sent_number AS "sentNumber", temporary_number AS "temporaryNumber", deposit_flux_id AS "depositFluxId"
    FROM invoices
    WHERE supplier_structure_id = ${supplierStructureId}::uuid
      AND (original_sha256 = ANY(${files.map((file) => file.sha256)}::text[]) OR sent_number = ANY(${files.map((file) => file.deposited.invoiceNumber)}::text[]))`;
}

/** Why a file may not become an invoice: its bytes or its number are already an invoice of the supplier. */
function duplicateReason(file: AcceptedFile, existing: Existing[], fluxId: string): Finding | null {
  const sameFile = existing.find((invoice) => invoice.originalSha256 === file.sha256);
  if (sameFile) return duplicate(duplicateFileMessage(sameFile.temporaryNumber), "Fichier");
  const sameNumber = existing.find((invoice) => invoice.sentNumber === file.deposited.invoiceNumber);
  if (!sameNumber) return null;
  const number = file.deposited.invoiceNumber;
  return duplicate(
    sameNumber.depositFluxId === fluxId ? `Double facturation : le numéro de facture ${number} figure déjà dans ce flux.` : duplicateNumberMessage(number),
    "BT-1",
  );
}

/**
 * ONE statement for the whole batch: the invoices (ON CONFLICT DO NOTHING: the unique indexes decide duplicates),
 * then, for those actually inserted, their lines, their original file (copied from the flux item in the database,
 * never sent back over the wire). Returns the ids inserted, drafts still: the caller sends them. The rows go as ONE
 * JSON parameter read by json_to_recordset: a parameter per column (arrays) cost the driver an escaped array literal
 * per column and Prisma a template step per element (a fifth of what this thread allocated per invoice).
 */
async function insertInvoices(
  tx: Tx,
  context: FluxWriteContext,
  rows: { file: AcceptedFile; id: string; temporaryNumber: string; account: PayeeAccount | null; attachment: { fileName: string; extension: string; mimeType: string } }[],
  now: Date,
) {
  const invoices = rows.map(({ file, id, temporaryNumber, account, attachment }) => {
    const invoice = file.deposited;
    return {
      id,
      recipient_structure_id: file.recipientStructureId,
      recipient_service_id: file.recipientServiceId,
      currency: invoice.currency,
      type: invoice.type,
      vat_regime: invoice.vatRegime,
      exemption_reason: invoice.vatRegime === "EXONERE" ? invoice.exemptionReason : null,
      market_number: invoice.marketNumber,
      engagement_number: invoice.engagementNumber,
      original_invoice_number: invoice.originalInvoiceNumber,
      payment_mode: invoice.paymentMode,
      number: invoice.invoiceNumber,
      temporary_number: temporaryNumber,
      invoice_date: invoice.invoiceDate,
      bank_account_id: account?.id ?? null,
      iban: account?.iban ?? null,
      bic: account ? (account.bic ?? invoice.bic ?? null) : null,
      factor: invoice.factor,
      comment: invoice.comment,
      total_net: invoice.totalNet,
      total_vat: invoice.totalVat,
      total_gross: invoice.totalGross,
      global_discount_gross: invoice.globalDiscountGross,
      amount_due: invoice.amountDue,
      sha256: file.sha256,
      deposit_mode: attachment.mimeType === "application/pdf" ? "XML_MIXTE" : "XML_STRUCTURE",
      item_id: file.itemId,
      designation: designation(file.fileName),
      file_name: attachment.fileName,
      extension: attachment.extension,
      mime_type: attachment.mimeType,
      lines: invoice.lines.map((line, index) => ({
        position: index + 1,
        reference: line.reference ?? null,
        denomination: line.denomination,
        quantity: line.quantity,
        unit: line.unit,
        unit_price_net: line.unitPriceNet,
        discount_net: line.discountNet,
        vat_rate: line.vatRate,
        line_net: line.lineNet,
      })),
    };
  });
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    WITH v AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(invoices)}::json) AS v(
        id uuid, recipient_structure_id uuid, recipient_service_id uuid, currency text, type text, vat_regime text, exemption_reason text,
        market_number text, engagement_number text, original_invoice_number text, payment_mode text, number text, temporary_number text,
        invoice_date date, bank_account_id uuid, iban text, bic text, factor text, comment text, total_net numeric, total_vat numeric,
        total_gross numeric, global_discount_gross numeric, amount_due numeric, sha256 text, deposit_mode text,
        item_id uuid, designation text, file_name text, extension text, mime_type text, lines json)
    ), invoice AS (
      INSERT INTO invoices (id, supplier_structure_id, supplier_service_id, recipient_structure_id, recipient_service_id, created_by_id, deposit_mode, cadre,
                            currency, type, vat_regime, exemption_reason, market_number, engagement_number, original_invoice_number, payment_mode,
                            invoice_number, temporary_number, sent_number, invoice_date, bank_account_id, iban, bic, factor, comment,
                            total_net, total_vat, total_gross, global_discount_gross, amount_due,
                            status, status_changed_at, sent_at, original_sha256, deposit_flux_id, created_at, updated_at)
      SELECT v.id, ${context.supplierStructureId}::uuid, ${context.supplierServiceId}::uuid, v.recipient_structure_id, v.recipient_service_id, ${context.userId}::uuid,
             v.deposit_mode::"DepositMode", ${context.cadre}::"CadreFacturation",
             v.currency, v.type::"InvoiceType", v.vat_regime::"VatRegime", v.exemption_reason, v.market_number, v.engagement_number, v.original_invoice_number,
             v.payment_mode::"PaymentMode", v.number, v.temporary_number, v.number, v.invoice_date, v.bank_account_id, v.iban, v.bic, v.factor, v.comment,
             v.total_net, v.total_vat, v.total_gross, v.global_discount_gross, v.amount_due,
             ${CREATIONS.ENREGISTRER.to}::"InvoiceStatus", ${now}::timestamp, ${now}::timestamp, v.sha256, ${context.fluxId}::uuid, ${now}::timestamp, ${now}::timestamp
      FROM v
      ON CONFLICT DO NOTHING
      RETURNING id
    ), line AS (
      INSERT INTO invoice_lines (id, invoice_id, position, reference, denomination, quantity, unit, unit_price_net, discount_net, vat_rate, line_net)
      SELECT gen_random_uuid(), v.id, l.position, l.reference, l.denomination, l.quantity, l.unit, l.unit_price_net, l.discount_net, l.vat_rate, l.line_net
      FROM v CROSS JOIN LATERAL json_to_recordset(v.lines) AS l(position int, reference text, denomination text, quantity numeric, unit text,
                                                               unit_price_net numeric, discount_net numeric, vat_rate numeric, line_net numeric)
      WHERE v.id IN (SELECT id FROM invoice)
    ), original AS (
      INSERT INTO invoice_attachments (id, invoice_id, type, designation, file_name, extension, mime_type, size, sha256, content, created_at)
      SELECT gen_random_uuid(), v.id, ${ORIGINAL_ATTACHMENT_TYPE}, v.designation, v.file_name, v.extension, v.mime_type, octet_length(item.content), item.sha256,
             item.content, ${now}::timestamp
      FROM v JOIN deposit_flux_items item ON item.id = v.item_id
      WHERE v.id IN (SELECT id FROM invoice)
    )
    SELECT id FROM invoice`;
  return new Set(inserted.map((row) => row.id));
}

const designation = (fileName: string) => (fileName.split(/[\\/]/).pop() || ORIGINAL_ATTACHMENT_TYPE).slice(0, 100);

/** The original's type, from its content (as writeDepositedInvoice does). */
async function attachmentOf(file: AcceptedFile) {
  const detected = await detectAttachmentType(file.content, file.fileName);
  const extension = detected?.extension ?? "bin";
  return { fileName: attachmentFileName(file.fileName, extension), extension, mimeType: detected?.mimeType ?? "application/octet-stream" };
}

/** Writes the files as DEPOSEE invoices; returns the invoice of each written item and the refusal of the others. */
export async function writeFluxInvoices(tx: Tx, context: FluxWriteContext, files: AcceptedFile[], temporaryNumbers: string[], now: Date): Promise<FluxWriteResult> {
  const refused = new Map<string, Finding>();
  const written = new Map<string, string>();
  if (files.length === 0) return { written, refused, recycled: new Map() };

  const existing = await existingInvoices(tx, context.supplierStructureId, files);
  // The payee IBAN of each file must be one of the structure's active accounts (as for a single deposit).
  const accounts = await activeBankAccounts(tx, context.supplierStructureId);
  const payees = new Map<string, PayeeAccount | null>();
  const candidates: AcceptedFile[] = [];
  const numbersHere = new Map<string, string>();
  for (const file of files) {
    const payee = depositedAccount(accounts, file.deposited.iban);
    const reason = duplicateReason(file, existing, context.fluxId);
    const earlier = numbersHere.get(file.deposited.invoiceNumber);
    if ("refusal" in payee) refused.set(file.itemId, { rule: PORTAL_RULES.bank, severity: "fatal", message: payee.refusal, location: "BT-84" });
    else if (reason) refused.set(file.itemId, reason);
    else if (earlier !== undefined) {
      const message = `Double facturation : le numéro de facture ${file.deposited.invoiceNumber} figure déjà dans ce flux (fichier « ${earlier} »).`;
      refused.set(file.itemId, duplicate(message, "BT-1"));
    } else {
      numbersHere.set(file.deposited.invoiceNumber, file.fileName);
      payees.set(file.itemId, payee.account);
      candidates.push(file);
    }
  }

  const rows = await Promise.all(candidates.map(async (file, index) => ({ file, id: randomUUID(), temporaryNumber: temporaryNumbers[index], account: payees.get(file.itemId) ?? null, attachment: await attachmentOf(file) })));
  const created = rows.length > 0 ? await insertInvoices(tx, context, rows, now) : new Set<string>();
  // Written as drafts, sent at once through the status machine: DEPOSEE, history, each one's routing job.
  const sending = await recordCreation(tx, { invoiceIds: [...created], creation: "DEPOSER", actorUserId: context.userId, actorStructureId: context.supplierStructureId, now });
  const skipped = rows.filter((row) => !created.has(row.id));
  if (skipped.length > 0) {
    // Written meanwhile by another deposit: the same refusal as if it had come first.
    const winners = await existingInvoices(tx, context.supplierStructureId, skipped.map(({ file }) => file));
    for (const { file } of skipped) refused.set(file.itemId, duplicateReason(file, winners, context.fluxId) ?? duplicate(duplicateFileMessage(), "Fichier"));
  }
  const recycled = new Map<string, Finding>();
  for (const row of rows) {
    if (!created.has(row.id)) continue;
    written.set(row.file.itemId, row.id);
    const motif = sending.recycled.get(row.id);
    if (motif) recycled.set(row.file.itemId, { rule: PORTAL_RULES.engagement, severity: "warning", message: recycledOnSendingNotice(motif), location: "BT-13" });
  }
  return { written, refused, recycled };
}
