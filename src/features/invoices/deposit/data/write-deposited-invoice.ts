// Writes ONE deposited invoice in the caller's transaction: a draft to complete (single deposit) or, for a complete
// structured invoice, a sent one (its final number, then DEPOSEE through the lifecycle's recordCreation). The file
// is kept as the invoice's "Facture originale". The unique indexes decide duplicates: one file per supplier, one sent number per supplier.
import { Prisma } from "@/generated/prisma/client.ts";
import { sha256Hex } from "@/lib/sha256.ts";
import type { CadreFacturation, DepositMode } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { attachmentFileName, detectAttachmentType } from "@/lib/file-content-type.ts";
import { activeBankAccounts, depositedAccount } from "@/features/invoices/common/index.ts";
import { InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { recordCreation } from "@/features/invoices/lifecycle/index.ts";
import { CREATIONS } from "@/features/invoices/lifecycle/index.ts";
import { nextTemporaryNumber } from "@/features/invoices/common/index.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/index.ts";
import type { DepositedInvoice } from "../rules/deposited-invoice.ts";

export type DepositedInvoiceWrite = {
  userId: string;
  supplierStructureId: string;
  supplierServiceId?: string | null;
  cadre: CadreFacturation;
  depositMode: Exclude<DepositMode, "SAISIE">;
  deposited: DepositedInvoice;
  recipientStructureId?: string | null;
  recipientServiceId?: string | null;
  /** BROUILLON: to be completed by the user; DEPOSEE: a complete structured invoice of a batch, sent as it is. */
  status: "BROUILLON" | "DEPOSEE";
  file: { name: string; bytes: Uint8Array };
  /** SHA-256 of the file (hex), when the caller already has it. */
  sha256?: string;
  fieldsToCheck?: string[];
  depositFluxId?: string | null;
  now?: Date;
};

export type WrittenDeposit = { invoiceId: string; temporaryNumber: string };

export const duplicateFileMessage = (temporaryNumber?: string) =>
  `Double facturation : ce fichier a déjà été déposé${temporaryNumber ? ` (facture ${temporaryNumber})` : ""}.`;
export const duplicateNumberMessage = (number: string) =>
  `Double facturation : le numéro de facture ${number} est déjà utilisé par une facture envoyée de votre structure.`;

const uniqueViolation = (error: unknown, column: string) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes(column);

async function refuseDuplicateFile(client: Tx | typeof db, supplierStructureId: string, sha256: string) {
  const existing = await client.invoice.findFirst({ where: { supplierStructureId, originalSha256: sha256 }, select: { temporaryNumber: true } });
  if (existing) throw new InvoiceRulesError({ file: duplicateFileMessage(existing.temporaryNumber) });
}

async function refuseSentNumber(client: Tx, supplierStructureId: string, number: string) {
  const taken = await client.invoice.count({ where: { supplierStructureId, sentNumber: number } });
  if (taken > 0) throw new InvoiceRulesError({ invoiceNumber: duplicateNumberMessage(number) });
}

export async function writeDepositedInvoice(tx: Tx, input: DepositedInvoiceWrite): Promise<WrittenDeposit> {
  const now = input.now ?? new Date();
  const { deposited, supplierStructureId } = input;
  const sha256 = input.sha256 ?? sha256Hex(input.file.bytes);
  const sent = input.status === "DEPOSEE";
  if (sent && !deposited.invoiceNumber) throw new InvoiceRulesError({ invoiceNumber: "Le numéro de facture est obligatoire pour envoyer la facture." });
  if (sent && !input.recipientStructureId) throw new InvoiceRulesError({ recipientStructureId: "Choisissez le destinataire de la facture." });

  await refuseDuplicateFile(tx, supplierStructureId, sha256);
  if (sent) await refuseSentNumber(tx, supplierStructureId, deposited.invoiceNumber!);

  // The file's payee account must be one of the structure's active accounts: a file never routes a payment elsewhere.
  const payee = depositedAccount(await activeBankAccounts(tx, supplierStructureId), deposited.iban);
  if ("refusal" in payee) throw new InvoiceRulesError({ file: payee.refusal });
  const detected = await detectAttachmentType(input.file.bytes, input.file.name);
  const extension = detected?.extension ?? "bin";
  const temporaryNumber = await nextTemporaryNumber(tx, now);
  const data: Prisma.InvoiceUncheckedCreateInput = {
    supplierStructureId,
    supplierServiceId: input.supplierServiceId || null,
    recipientStructureId: input.recipientStructureId || null,
    recipientServiceId: input.recipientServiceId || null,
    createdById: input.userId,
    depositMode: input.depositMode,
    cadre: input.cadre,
    currency: deposited.currency,
    type: deposited.type,
    vatRegime: deposited.vatRegime,
    exemptionReason: deposited.vatRegime === "EXONERE" ? (deposited.exemptionReason ?? null) : null,
    marketNumber: deposited.marketNumber ?? null,
    engagementNumber: deposited.engagementNumber ?? null,
    originalInvoiceNumber: deposited.originalInvoiceNumber ?? null,
    paymentMode: deposited.paymentMode,
    invoiceNumber: deposited.invoiceNumber ?? null,
    invoiceDate: deposited.invoiceDate ? new Date(`${deposited.invoiceDate}T00:00:00Z`) : null,
    bankAccountId: payee.account?.id ?? null,
    iban: payee.account?.iban ?? null,
    bic: payee.account ? (payee.account.bic ?? deposited.bic ?? null) : null,
    factor: deposited.factor ?? null,
    comment: deposited.comment ?? null,
    totalNet: deposited.totalNet,
    totalVat: deposited.totalVat,
    totalGross: deposited.totalGross,
    globalDiscountGross: deposited.globalDiscountGross,
    amountDue: deposited.amountDue,
    temporaryNumber,
    // A draft first; a sent one leaves it through the status machine, as every invoice does.
    status: CREATIONS.ENREGISTRER.to,
    statusChangedAt: now,
    originalSha256: sha256,
    fieldsToCheck: input.fieldsToCheck ?? [],
    depositFluxId: input.depositFluxId ?? null,
    ...(sent ? { sentNumber: deposited.invoiceNumber, sentAt: now } : {}),
    lines: { createMany: { data: deposited.lines.map((line, index) => ({ ...line, reference: line.reference ?? null, position: index + 1 })) } },
    attachments: {
      create: {
        type: ORIGINAL_ATTACHMENT_TYPE,
        designation: (input.file.name.split(/[\\/]/).pop() || "Facture originale").slice(0, 100),
        fileName: attachmentFileName(input.file.name, extension),
        extension,
        mimeType: detected?.mimeType ?? "application/octet-stream",
        size: input.file.bytes.length,
        sha256,
        // Prisma's Bytes want an ArrayBuffer-backed array; a copy is one whatever the caller's buffer.
        content: new Uint8Array(input.file.bytes),
        createdAt: now,
      },
    },
  };

  try {
    const created = await tx.invoice.create({ data, select: { id: true } });
    if (sent) await recordCreation(tx, { invoiceIds: [created.id], creation: "DEPOSER", actorUserId: input.userId, actorStructureId: supplierStructureId, now });
    return { invoiceId: created.id, temporaryNumber };
  } catch (error) {
    // Two deposits of the same file (or number) at once: the unique index decides; the loser gets the same refusal.
    if (uniqueViolation(error, "original_sha256")) {
      const winner = await db.invoice.findFirst({ where: { supplierStructureId, originalSha256: sha256 }, select: { temporaryNumber: true } });
      throw new InvoiceRulesError({ file: duplicateFileMessage(winner?.temporaryNumber) });
    }
    if (sent && uniqueViolation(error, "sent_number")) throw new InvoiceRulesError({ invoiceNumber: duplicateNumberMessage(deposited.invoiceNumber!) });
    throw error;
  }
}
